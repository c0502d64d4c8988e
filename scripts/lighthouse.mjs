// Lighthouse (npm, 12.2.x: the line that runs on Node 18 and 20) over local pages, in Debian's
// Chromium, launched once for all runs. Lighthouse's defaults: mobile emulation (a Moto G Power
// screen) and simulated throttling (slow 4G, 4 × CPU slowdown).
//
// Usage: node scripts/lighthouse.mjs [--chromium /usr/bin/chromium] [--runs 1]
//            [--categories performance,accessibility,best-practices,seo] [--quick] URL...
// Prints JSON to stdout: {"lighthouse": version, "chromium": user agent, "runs": [{url, run,
// scores: {category: 0..100}, metrics: {lcp_ms, tbt_ms, cls, fcp_ms, si_ms, transfer_bytes,
// script_bytes, requests, dom_elements}, failing: [{category, audit, title, items}],
// warnings, error}]}. Each run starts from empty storage and cache (Lighthouse resets them).
// --quick leaves out the screenshots and the waits for a quiet network and CPU after load: for the
// categories that time nothing (a static page is loaded when it is). Requests to any host but
// 127.0.0.1 and localhost fail: the host resolver knows no other host.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const ALL = ["performance", "accessibility", "best-practices", "seo"];
const SKIPPED = new Set(["notApplicable", "manual", "informative"]);
// --quick, for the categories that do not time anything: no screenshots, and a static page is
// taken as loaded as soon as it is (no waiting for the network and the CPU to stay quiet).
const QUICK = {
  extends: "lighthouse:default",
  settings: {
    disableFullPageScreenshot: true,
    skipAudits: ["screenshot-thumbnails", "final-screenshot"],
    pauseAfterFcpMs: 0,
    pauseAfterLoadMs: 0,
    networkQuietThresholdMs: 0,
    cpuQuietThresholdMs: 0,
  },
};

function parseArguments(argv) {
  const options = { chromium: "/usr/bin/chromium", runs: 1, categories: ALL, quick: false, urls: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const value = () => argv[(i += 1)];
    if (argv[i] === "--chromium") options.chromium = value();
    else if (argv[i] === "--runs") options.runs = Number(value());
    else if (argv[i] === "--categories") options.categories = value().split(",");
    else if (argv[i] === "--quick") options.quick = true;
    else options.urls.push(argv[i]);
  }
  return options;
}

// Where an audit failed: each item's element (selector and snippet) or URL, in words.
function itemsOf(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 20).map((item) => {
    const node = item.node ?? item.subItems?.items?.[0]?.relatedNode;
    if (node) return `${node.selector ?? ""} ${node.snippet ?? ""}`.trim();
    if (item.url) return item.url;
    return JSON.stringify(item).slice(0, 200);
  });
}

function failingAudits(lhr) {
  const failing = [];
  for (const [id, category] of Object.entries(lhr.categories)) {
    if (id === "performance") continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && !SKIPPED.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1) {
        failing.push({ category: id, audit: ref.id, title: audit.title, items: itemsOf(audit) });
      }
    }
  }
  return failing;
}

function metricsOf(lhr) {
  const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const bytes = (list) => list.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    lcp_ms: numeric("largest-contentful-paint"),
    tbt_ms: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    fcp_ms: numeric("first-contentful-paint"),
    si_ms: numeric("speed-index"),
    transfer_bytes: requests.length ? bytes(requests) : null,
    script_bytes: requests.length ? bytes(requests.filter((r) => r.resourceType === "Script")) : null,
    requests: requests.length,
    dom_elements: numeric("dom-size"),
  };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options.urls.length === 0) {
    process.stderr.write("usage: node scripts/lighthouse.mjs [--runs N] [--categories a,b] URL...\n");
    return 2;
  }
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromium,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    ],
    logLevel: "silent",
  });
  const runs = [];
  let version = null;
  let agent = null;
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      for (const url of options.urls) {
        const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: options.categories };
        const began = Date.now();
        const result = await lighthouse(url, flags, options.quick ? QUICK : undefined);
        const lhr = result.lhr;
        version = lhr.lighthouseVersion;
        agent = lhr.environment?.hostUserAgent ?? agent;
        const scores = Object.fromEntries(
          Object.entries(lhr.categories).map(([id, c]) => [id, c.score === null ? null : Math.round(c.score * 100)]),
        );
        runs.push({
          url,
          run,
          scores,
          metrics: metricsOf(lhr),
          failing: failingAudits(lhr),
          warnings: lhr.runWarnings ?? [],
          error: lhr.runtimeError?.message ?? null,
        });
        process.stderr.write(`lighthouse: ${url} (run ${run}, ${Date.now() - began} ms) ${JSON.stringify(scores)}\n`);
      }
    }
  } finally {
    await chrome.kill();
  }
  process.stdout.write(`${JSON.stringify({ lighthouse: version, chromium: agent, runs }, null, 1)}\n`);
  return runs.some((r) => r.error) ? 2 : 0;
}

// Exit only once stdout is written out: process.exit() at once cuts a pipe's output at 64 KB.
main().then(
  (code) => process.stdout.write("", () => process.exit(code)),
  (error) => {
    process.stderr.write(`lighthouse: ${error.stack ?? error}\n`);
    process.exit(2);
  },
);

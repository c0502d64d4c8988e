// QualWeb over local pages: the ACT rules and WCAG techniques of levels A and AA, the checks the
// Danish accessibility monitoring (webtilgængelighed) runs. One Chromium (Debian's) for all pages.
//
// Usage: node scripts/qualweb.mjs [--chromium /usr/bin/chromium] URL...
// Prints JSON to stdout: {"pages": [url, ...], "failures": [{page, rule, mapping, name, criteria,
// selector, html, description}], "errors": [{page, error}], "foreign": [{page, url}]} (foreign:
// requests to other hosts, which never get an answer). Exits 0 when it could evaluate every
// page (failures or not), 2 when a page could not be evaluated or QualWeb did not run.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// QualWeb's packages are CommonJS and export only for require().
const { QualWeb } = require("@qualweb/core");
const { ACTRules } = require("@qualweb/act-rules");
const { WCAGTechniques } = require("@qualweb/wcag-techniques");
const { QualwebPage } = require("@qualweb/core/lib");

// Two repairs to QualWeb 0.8.7's page, neither changing what is checked:
// - it adds its helper scripts (qw-page, util, locale) without waiting for them, while the rules'
//   own script is added; the rules then run only because counting the page's elements with one
//   puppeteer handle per element (below) happens to take long enough. Wait for them.
// - the element count (report metadata only) is taken in the page, not one handle per element:
//   that took seconds on a page of 4,000 elements.
const addHelperScripts = QualwebPage.prototype.addNecessaryScripts;
QualwebPage.prototype.addNecessaryScripts = function addNecessaryScripts() {
  this.helperScripts = addHelperScripts.call(this);
  return this.helperScripts;
};
const addRulesScript = QualwebPage.prototype.addEvaluationScript;
QualwebPage.prototype.addEvaluationScript = async function addEvaluationScript(module) {
  await this.helperScripts;
  return addRulesScript.call(this, module);
};
QualwebPage.prototype.getNumberOfHTMLElements = function getNumberOfHTMLElements() {
  return this.page.evaluate(() => document.getElementsByTagName("*").length);
};

const LEVELS = ["A", "AA"];
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);

function parseArguments(argv) {
  const options = { chromium: "/usr/bin/chromium", urls: [] };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--chromium") {
      options.chromium = argv[(i += 1)];
    } else {
      options.urls.push(argv[i]);
    }
  }
  return options;
}

function isLocal(address) {
  try {
    const url = new URL(address);
    return ["data:", "blob:", "about:"].includes(url.protocol) || LOCAL_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

// Each failed result of an assertion, as a flat record.
function failuresOf(page, report) {
  const found = [];
  for (const module of Object.values(report.modules ?? {})) {
    for (const [code, assertion] of Object.entries(module.assertions ?? {})) {
      const criteria = (assertion.metadata?.["success-criteria"] ?? []).map((sc) => `${sc.name} (${sc.level})`);
      for (const result of assertion.results ?? []) {
        if (result.verdict !== "failed") continue;
        for (const element of result.elements?.length ? result.elements : [{}]) {
          found.push({
            page,
            rule: code,
            mapping: assertion.mapping,
            name: assertion.name,
            criteria,
            selector: element.pointer ?? "",
            html: (element.htmlCode ?? "").slice(0, 300),
            description: result.description,
          });
        }
      }
    }
  }
  return found;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options.urls.length === 0) {
    process.stderr.write("usage: node scripts/qualweb.mjs [--chromium PATH] URL...\n");
    return 2;
  }
  const say = console.log;
  console.log = console.error; // QualWeb and the cluster talk on stdout; stdout is for our JSON
  const qualweb = new QualWeb({});
  const foreign = new Set();
  qualweb.use({
    // Listen only: puppeteer's request interception hangs pages that preload fonts. The host
    // resolver rule below makes every other host unreachable.
    beforePageLoad(page, url) {
      page.on("request", (request) => (isLocal(request.url()) ? null : foreign.add(JSON.stringify({ page: url, url: request.url() }))));
    },
  });
  const launch = {
    executablePath: options.chromium,
    headless: true,
    dumpio: Boolean(process.env.QUALWEB_DUMPIO),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    ],
  };
  await qualweb.start({ maxConcurrency: 1, timeout: 120 * 1000 }, launch);
  let reports;
  try {
    reports = await qualweb.evaluate({
      urls: options.urls,
      waitUntil: "load",
      modules: [new ACTRules({ levels: LEVELS }), new WCAGTechniques({ levels: LEVELS })],
      log: { console: true },
    });
  } finally {
    await qualweb.stop();
  }
  const failures = [];
  const errors = [];
  for (const url of options.urls) {
    const report = reports[decodeURIComponent(url).trim()];
    if (!report) {
      errors.push({ page: url, error: "QualWeb returned no report for the page" });
    } else {
      failures.push(...failuresOf(url, report));
    }
  }
  say(JSON.stringify({ pages: options.urls, failures, errors, foreign: [...foreign].map((text) => JSON.parse(text)) }, null, 1));
  return errors.length ? 2 : 0;
}

// Exit only once stdout is written out: process.exit() at once cuts a pipe's output at 64 KB.
main().then(
  (code) => process.stdout.write("", () => process.exit(code)),
  (error) => {
    process.stderr.write(`qualweb: ${error.stack ?? error}\n`);
    process.exit(2);
  },
);

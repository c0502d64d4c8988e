/* Søgesiden (soeg/index.html): søgning i sitets egen Pagefind-pakke (pagefind/), mens man skriver.
 *
 * Uden JavaScript er siden en liste over alle artikler, briefinger og sider. Med JavaScript vises
 * formularen; resultaterne står som en liste af links med et uddrag, og antallet læses op gennem
 * sidens live-region (»3 resultater for »løntilskud««). Ordene står i skabelonen (data-*), ikke
 * her. Kun denne side henter scriptet og Pagefind; intet hentes fra andre værter.
 *
 * Kører under sidens Content-Security-Policy: ingen eval, ingen inline-styles, uddragene sættes ind
 * som tekst (kun Pagefinds <mark> bliver til et element), aldrig som markup.
 */
const box = document.getElementById("soeg");
const form = box.querySelector("form");
const input = box.querySelector("input[type=search]");
const status = document.getElementById("soeg-status");
// Listen står kun i siden, når der er resultater: en tom liste er en liste uden punkter
// (QualWeb, WCAG-T32), og uden JavaScript er der ingen resultater at vise.
const list = document.createElement("ol");
list.className = "search-results";
list.id = "soeg-resultater";
const root = new URL(box.dataset.root || "../", document.baseURI);
const SHOWN = 20; // højst så mange resultater på listen
let pagefind = null; // løftet om Pagefind, når det er bedt om
let asked = 0; // tæller søgninger, så et gammelt svar ikke skriver over et nyere

function say(template, values) {
  return template.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

/* Pagefind hentes første gang, der søges (eller feltet får fokus): én gang, også når to beder om den. */
function engine() {
  if (!pagefind) {
    pagefind = import(new URL("pagefind/pagefind.js", root).href).then(async (loaded) => {
      await loaded.options({ baseUrl: root.pathname, noWorker: true }); // uden worker: 12 KB mindre at hente
      await loaded.init();
      return loaded;
    });
    pagefind.catch(() => {
      pagefind = null; // prøv igen ved næste søgning
    });
  }
  return pagefind;
}

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };

/* Pagefinds uddrag er tekst med <mark> om de fundne ord: delt op og sat ind som tekst og <mark>. */
function excerpt(text) {
  const paragraph = document.createElement("p");
  text.split(/(<mark>|<\/mark>)/).reduce((marked, part) => {
    if (part === "<mark>") return true;
    if (part === "</mark>") return false;
    const plain = part.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
    if (plain) {
      const node = marked ? document.createElement("mark") : document.createTextNode(plain);
      if (marked) node.textContent = plain;
      paragraph.append(node);
    }
    return marked;
  }, false);
  return paragraph;
}

function show(found) {
  list.replaceChildren(
    ...found.map((result) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = result.url;
      link.textContent = (result.meta && result.meta.title) || result.url;
      item.append(link, excerpt(result.excerpt || ""));
      return item;
    }),
  );
  if (found.length === 0) list.remove();
  else if (!list.isConnected) status.after(list);
}

async function search(words) {
  const query = words.trim();
  const number = ++asked;
  const address = new URL(location.href);
  if (query) address.searchParams.set("q", query);
  else address.searchParams.delete("q");
  history.replaceState(null, "", address);
  if (!query) {
    show([]);
    status.textContent = "";
    return;
  }
  try {
    const answer = await (await engine()).search(query);
    const found = await Promise.all(answer.results.slice(0, SHOWN).map((result) => result.data()));
    if (number !== asked) return;
    show(found);
    const count = answer.results.length;
    const template = count === 0 ? box.dataset.none : count === 1 ? box.dataset.one : box.dataset.many;
    status.textContent = say(template, { n: count, q: query });
  } catch (error) {
    if (number !== asked) return;
    show([]);
    status.textContent = box.dataset.failed;
  }
}

input.addEventListener("focus", () => engine().catch(() => {}), { once: true }); // hentes, mens man skriver
let waiting = null;
input.addEventListener("input", () => {
  clearTimeout(waiting);
  waiting = setTimeout(() => search(input.value), 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(waiting);
  if (!input.value.trim()) status.textContent = box.dataset.empty;
  else search(input.value);
});
form.hidden = false;
const shared = new URL(location.href).searchParams.get("q"); // en delt adresse: soeg/?q=løntilskud
if (shared) {
  input.value = shared;
  search(shared);
}

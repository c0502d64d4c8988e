/* Gør de statiske grafer interaktive (værktøjstip), når JavaScript kører.
 *
 * Hver graf står i forvejen som SVG, der er tegnet, da sitet blev bygget. Dette script
 * tegner den igen med Vega (self-hosted i vega.js) ud fra samme specifikation, som ligger
 * i <script type="application/json" class="chart-spec"> i figuren. Lykkes det, skiftes den
 * statiske SVG ud; går noget galt, bliver den statiske stående.
 *
 * Kører under en streng Content-Security-Policy: ingen eval (Vegas udtryk fortolkes med
 * "ast: true"), ingen inline-styles (defaultStyle: false; værktøjstippets stil står i
 * site.css), ingen forespørgsler til andre værter.
 */
(function () {
  "use strict";
  /* En tabel, der er bredere end sin kasse, kan rulles med tastaturet: kassen tager fokus, men kun
   * mens den faktisk ruller (ikke i en lukket <details>, ikke når tabellen er smal nok). */
  function scrollable(box) {
    if (box.scrollWidth > box.clientWidth + 1) {
      box.setAttribute("tabindex", "0");
    } else {
      box.removeAttribute("tabindex");
    }
  }
  function watchTables() {
    var boxes = document.querySelectorAll(".chart-table .table-scroll");
    Array.prototype.forEach.call(boxes, function (box) {
      var details = box.closest("details");
      if (details) {
        details.addEventListener("toggle", function () {
          if (details.open) {
            scrollable(box);
          } else {
            box.removeAttribute("tabindex");
          }
        });
      }
    });
    window.addEventListener("resize", function () {
      Array.prototype.forEach.call(boxes, function (box) {
        var details = box.closest("details");
        if (!details || details.open) {
          scrollable(box);
        }
      });
    });
  }
  if ("querySelectorAll" in document) {
    watchTables();
  }
  if (typeof window.vegaEmbed !== "function" || !("querySelectorAll" in document)) {
    return;
  }
  var figures = document.querySelectorAll("figure.chart");
  Array.prototype.forEach.call(figures, function (figure) {
    var data = figure.querySelector("script.chart-spec");
    var image = figure.querySelector(".chart-image");
    if (!data || !image) {
      return;
    }
    var payload;
    try {
      payload = JSON.parse(data.textContent);
    } catch (error) {
      return;
    }
    var live = document.createElement("div");
    live.className = "chart-live";
    live.setAttribute("aria-hidden", "true");
    window
      .vegaEmbed(live, payload.spec, {
        renderer: "svg",
        actions: false,
        ast: true,
        defaultStyle: false,
        tooltip: { disableDefaultStyle: true },
        formatLocale: payload.formatLocale,
        timeFormatLocale: payload.timeFormatLocale
      })
      .then(function () {
        var svg = live.querySelector("svg");
        if (svg) {
          svg.setAttribute("focusable", "false");
        }
        var bindings = live.querySelector("form.vega-bindings");
        if (bindings && !bindings.hasChildNodes()) {
          bindings.remove(); /* Vegas tomme formular: ingen kontroller, kun støj for hjælpemidler */
        }
        image.replaceChildren(live);
        figure.classList.add("chart-is-live");
      })
      .catch(function () {
        /* Den statiske graf bliver stående. */
      });
  });
})();

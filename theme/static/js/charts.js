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
        image.replaceChildren(live);
        figure.classList.add("chart-is-live");
      })
      .catch(function () {
        /* Den statiske graf bliver stående. */
      });
  });
})();

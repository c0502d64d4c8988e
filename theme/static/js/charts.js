/* Værdier i graferne ved mus og berøring, og tabeller, der kan rulles med tastaturet.
 *
 * Hver graf er en statisk SVG, tegnet da sitet blev bygget; den er hele grafen og kræver ingen
 * JavaScript. Hvert datamærke (søjle, segment, ikon, punkt) har sin værdi på dansk i sin
 * aria-label ("Praktik: 92 (45 %)"); månederne i en graf over tid har deres i data-tips. Holder man musen over et mærke eller trykker på det, vises
 * teksten i et lille værktøjstip. SVG'en er skjult for hjælpemidler (figuren har tekstalternativet
 * og tabellen), og tastaturbrugere har tabellen under grafen.
 *
 * Kører under en streng Content-Security-Policy: intet hentes, ingen eval, ingen inline-styles
 * (værktøjstippets udseende står i site.css; kun dets placering sættes her gennem CSSOM).
 */
(function () {
  "use strict";
  if (!("querySelectorAll" in document) || !("closest" in Element.prototype)) {
    return;
  }

  /* En tabel, der er bredere end sin kasse, kan rulles med tastaturet: kassen tager fokus, men kun
   * mens den faktisk ruller (ikke i en lukket <details>, ikke når tabellen er smal nok). */
  var boxes = document.querySelectorAll(".chart-table .table-scroll");
  function scrollable(box) {
    var details = box.closest("details");
    if ((!details || details.open) && box.scrollWidth > box.clientWidth + 1) {
      box.setAttribute("tabindex", "0");
    } else {
      box.removeAttribute("tabindex");
    }
  }
  Array.prototype.forEach.call(boxes, function (box) {
    var details = box.closest("details");
    if (details) {
      details.addEventListener("toggle", function () {
        scrollable(box);
      });
    }
  });
  window.addEventListener("resize", function () {
    Array.prototype.forEach.call(boxes, scrollable);
  });

  /* Værktøjstippet: ét element for hele siden, skjult for hjælpemidler (det gentager tabellen). */
  var tip = null;
  var shown = null;
  function tipElement() {
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "chart-tip";
      tip.setAttribute("aria-hidden", "true");
      document.body.appendChild(tip);
    }
    return tip;
  }
  function mark(target) {
    var found = target && target.closest ? target.closest("figure.chart .chart-image :is([aria-label], [data-tips])") : null;
    return found && found.tagName.toLowerCase() !== "svg" ? found : null;
  }
  /* Et mærke med flere felter (en graf over tid: ét felt pr. måned, samlet i én sti) har hvert felts
   * kasse i data-boxes ("x,y,b,h ...") og dets tekst i data-tips (adskilt af "|"): teksten er den for
   * feltet under markøren, eller for det nærmeste felt på den vandrette led. */
  function text(element, x, y) {
    var tips = element.getAttribute("data-tips");
    var matrix = tips === null ? null : element.getScreenCTM();
    if (!matrix) {
      return element.getAttribute("aria-label") || "";
    }
    var point = new DOMPoint(x, y).matrixTransform(matrix.inverse());
    var boxes = (element.getAttribute("data-boxes") || "").split(" ");
    var best = 0;
    var distance = Infinity;
    boxes.forEach(function (box, index) {
      var b = box.split(",").map(Number);
      var away = point.x < b[0] ? b[0] - point.x : Math.max(0, point.x - b[0] - b[2]);
      if (away < distance) {
        distance = away;
        best = index;
      }
    });
    return tips.split("|")[best] || "";
  }
  function show(element, x, y) {
    var box = tipElement();
    var said = text(element, x, y);
    if (shown !== element || box.textContent !== said) {
      box.textContent = said;
      shown = element;
    }
    box.classList.add("chart-tip-shown");
    var width = box.offsetWidth;
    var height = box.offsetHeight;
    var left = Math.min(x + 12, document.documentElement.clientWidth - width - 4);
    var top = y - height - 12 < 4 ? y + 16 : y - height - 12;
    box.style.setProperty("left", Math.max(4, left) + "px");
    box.style.setProperty("top", top + "px");
  }
  function hide() {
    if (tip) {
      tip.classList.remove("chart-tip-shown");
    }
    shown = null;
  }

  document.addEventListener("pointermove", function (event) {
    var element = mark(event.target);
    if (element) {
      show(element, event.clientX, event.clientY);
    } else if (shown && event.pointerType === "mouse") {
      hide();
    }
  });
  document.addEventListener("click", function (event) {
    var element = mark(event.target);
    if (element) {
      show(element, event.clientX, event.clientY); /* et tryk viser værdien; et tryk udenfor skjuler */
    } else {
      hide();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      hide();
    }
  });
  window.addEventListener("scroll", hide, { passive: true });
})();

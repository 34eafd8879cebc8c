/* Behaviour that would otherwise sit in inline event handlers, which the
   Content-Security-Policy refuses (docs/decisions/0017-production-deployment.md).
   - <form data-confirm="Question?">: ask before submitting.
   - <select data-autosubmit>: submit its form when the choice changes.
   - <span data-load="/url">: replaced by what the URL returns once the page is shown (the
     header's unread notifications: pages run no query for it).
   - <details class="menu">: opening one closes the others; a click outside or Escape
     closes it. */
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form && form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
  });
  document.addEventListener("change", function (event) {
    var field = event.target;
    if (field && field.hasAttribute && field.hasAttribute("data-autosubmit") && field.form) {
      field.form.submit();
    }
  });
  function closeMenus(except) {
    document.querySelectorAll("details.menu[open]").forEach(function (menu) {
      if (menu !== except) menu.removeAttribute("open");
    });
  }
  document.addEventListener("toggle", function (event) {
    var menu = event.target;
    if (menu.matches && menu.matches("details.menu") && menu.open) closeMenus(menu);
  }, true);
  document.addEventListener("click", function (event) {
    if (!(event.target.closest && event.target.closest("details.menu"))) closeMenus(null);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeMenus(null);
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-load]").forEach(function (element) {
      // As an htmx request: a partial, without the menu's queries.
      fetch(element.getAttribute("data-load"), {
        credentials: "same-origin",
        headers: { "HX-Request": "true" }
      })
        .then(function (response) { return response.ok ? response.text() : ""; })
        .then(function (html) { if (html) element.outerHTML = html; })
        .catch(function () {});
    });
  });
})();

/* Behaviour that would otherwise sit in inline event handlers, which the
   Content-Security-Policy refuses (docs/decisions/0017-production-deployment.md).
   - <form data-confirm="Question?">: ask before submitting.
   - <select data-autosubmit>: submit its form when the choice changes.
   - <span data-load="/url">: replaced by what the URL returns once the page is shown (the
     header's unread notifications: pages run no query for it).
   - <details class="menu">: opening one closes the others; a click outside or Escape
     closes it.
   - <input type="file">: shown as a button and the chosen names in the page's language
     (the browser's own control speaks the browser's: "Choose Files", "No file chosen"
     in an English browser); the texts come from <body data-file-*>. */
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
  function fileNames(input) {
    var names = Array.prototype.map.call(input.files || [], function (file) { return file.name; });
    return names.length ? names.join(", ") : document.body.getAttribute("data-file-none");
  }
  function dressFileInput(input) {
    if (input.hasAttribute("data-dressed")) return;
    input.setAttribute("data-dressed", "");
    var body = document.body;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn secondary file-button";
    button.textContent = body.getAttribute(input.multiple ? "data-files-choose" : "data-file-choose");
    var names = document.createElement("span");
    names.className = "file-names muted";
    names.setAttribute("aria-live", "polite");
    names.textContent = fileNames(input);
    input.classList.add("file-native");
    input.tabIndex = -1;
    input.after(button, " ", names);
    // The button is named by the field's label and described by the chosen names (the
    // hidden input it stands for is no description a screen reader can read).
    var label = input.labels && input.labels[0];
    if (label) {
      button.setAttribute("aria-label", label.textContent.trim().replace(/\s+/g, " ") + ": " + button.textContent);
    }
    if (input.id) {
      names.id = input.id + "-names";
      button.setAttribute("aria-describedby", names.id);
    }
    button.addEventListener("click", function () { input.click(); });
    input.addEventListener("change", function () { names.textContent = fileNames(input); });
  }
  function dressFileInputs(root) {
    root.querySelectorAll("input[type=file]").forEach(dressFileInput);
  }
  document.addEventListener("htmx:load", function (event) { dressFileInputs(event.target); });
  document.addEventListener("DOMContentLoaded", function () {
    dressFileInputs(document);
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

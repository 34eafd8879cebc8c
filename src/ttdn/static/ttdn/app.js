/* Behaviour that would otherwise sit in inline event handlers, which the
   Content-Security-Policy refuses (docs/decisions/0017-production-deployment.md).
   - <form data-confirm="Question?">: ask before submitting.
   - <select data-autosubmit>: submit its form when the choice changes. */
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
})();

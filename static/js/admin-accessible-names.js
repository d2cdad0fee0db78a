/* The admin's photo pickers (select2) name themselves after their field's label, for screen readers. */
(function () {
  "use strict";
  function name(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var label = document.querySelector('label[for="' + select.id + '"]');
      var picker = select.nextElementSibling;
      if (!label || !picker) {
        return;
      }
      var words = label.textContent.replace(/:\s*$/, "").trim();
      picker.querySelectorAll('[role="combobox"], [role="textbox"]').forEach(function (element) {
        element.setAttribute("aria-label", words);
      });
    });
  }
  window.addEventListener("load", function () {
    name(document);
  });
  document.addEventListener("formset:added", function (event) {
    window.setTimeout(function () {
      name(event.target);
    }, 0);
  });
})();

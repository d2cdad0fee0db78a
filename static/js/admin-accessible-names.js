/* The admin's photo pickers (select2) name themselves after their field's label, for screen readers. select2
   builds its elements when jQuery is ready, which may come after the page's load event, and again for each new
   inline row: every change of the page is watched, and each picker named once. */
(function () {
  "use strict";
  function name() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var label = document.querySelector('label[for="' + select.id + '"]');
      var picker = select.nextElementSibling;
      if (!label || !picker || !picker.classList.contains("select2")) {
        return;
      }
      var words = label.textContent.replace(/:\s*$/, "").trim();
      picker.querySelectorAll('[role="combobox"], [role="textbox"]').forEach(function (element) {
        if (element.getAttribute("aria-label") !== words) {
          element.setAttribute("aria-label", words);
        }
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    name();
    new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
  });
})();

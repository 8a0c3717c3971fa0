// Enhancement only: a "Copy link" button next to the share link (the link is selectable anyway).
(function () {
  "use strict";
  document.querySelectorAll("[data-copy-button]").forEach(function (button) {
    var source = button.parentElement.querySelector("[data-copy-source]");
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(function () {
        button.textContent = button.getAttribute("data-copied");
      });
    });
  });
})();

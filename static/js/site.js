// Progressive enhancements only: every page works without this file.
(function () {
    "use strict";

    // "Copy link" on share panels: shown only when the clipboard can be used.
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
        if (!navigator.clipboard) {
            return;
        }
        var status = button.closest(".share") && button.closest(".share").querySelector(".share__status");
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(
                function () { if (status) { status.textContent = "Link copied."; } },
                function () { if (status) { status.textContent = "Sorry, the link could not be copied."; } }
            );
        });
    });
})();

// Move focus to the error summary so screen readers announce the problems first.
(function () {
    "use strict";
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
})();

// Header panels (Menu, Search): one open at a time, Escape closes, and an opened
// search box takes the focus. Without this file they still open and close.
(function () {
    "use strict";
    var panels = document.querySelectorAll(".site-header details");
    panels.forEach(function (panel) {
        panel.addEventListener("toggle", function () {
            if (!panel.open) {
                return;
            }
            panels.forEach(function (other) {
                if (other !== panel) { other.open = false; }
            });
            var input = panel.querySelector("input[type=search]");
            if (input) { input.focus(); }
        });
        panel.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && panel.open) {
                panel.open = false;
                panel.querySelector("summary").focus();
            }
        });
    });
})();

// On a shared computer, Back after sending an enquiry must not show what was
// written. Browsers may restore the page from the back/forward cache, or
// refill the fields when the page is loaded again from history: in either
// case, empty the form. (Autofill is also off for the message.)
(function () {
    "use strict";

    function cameBackThroughHistory(event) {
        if (event.persisted) {
            return true;
        }
        var entries = window.performance && performance.getEntriesByType
            ? performance.getEntriesByType("navigation") : [];
        return entries.length > 0 && entries[0].type === "back_forward";
    }

    function empty(form) {
        Array.prototype.forEach.call(form.elements, function (field) {
            if (field.type === "hidden" || field.type === "submit" || field.type === "button") {
                return;
            }
            if (field.type === "checkbox" || field.type === "radio") {
                field.checked = false;
            } else if (field.tagName === "SELECT") {
                field.selectedIndex = 0;
            } else {
                field.value = "";
            }
        });
    }

    window.addEventListener("pageshow", function (event) {
        if (!cameBackThroughHistory(event)) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll("form[data-clear-on-return]"), empty);
        // Nor any error summary that quoted the answers' problems.
        Array.prototype.forEach.call(document.querySelectorAll("[data-error-summary]"), function (el) {
            el.hidden = true;
        });
    });
})();

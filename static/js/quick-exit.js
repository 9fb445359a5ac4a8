// "Exit this page": leave for a neutral site at once, replacing this page in
// the browser history so Back does not return here. The link works without
// this file; the script adds the history replacement and the Shift x 3 shortcut.
(function () {
    "use strict";

    var container = document.querySelector("[data-quick-exit]");
    if (!container) {
        return;
    }
    var link = container.querySelector("[data-quick-exit-link]");
    var hint = container.querySelector(".quick-exit__hint");
    var destination = link.getAttribute("href");

    function exit(event) {
        if (event) {
            event.preventDefault();
        }
        // Ask the site to forget this visit (its session and form cookie); a beacon
        // is sent even as the page goes away.
        var forget = container.getAttribute("data-forget-url");
        if (forget && navigator.sendBeacon) {
            try { navigator.sendBeacon(forget); } catch (error) { /* leave anyway */ }
        }
        // Blank the page first, so nothing stays on screen while the next one loads.
        document.body.classList.add("is-exiting");
        document.title = "Loading";
        window.location.replace(destination);
    }

    link.addEventListener("click", exit);
    // The Shift shortcut is offered only where there is a keyboard and a fine pointer.
    var hasKeyboard = !window.matchMedia || window.matchMedia("(hover: hover) and (pointer: fine)").matches;
    if (hint && hasKeyboard) {
        hint.hidden = false;
        link.setAttribute("aria-describedby", "quick-exit-hint");
    }

    var presses = 0;
    var timer = null;
    document.addEventListener("keyup", function (event) {
        if (event.key !== "Shift") {
            presses = 0;
            return;
        }
        presses += 1;
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { presses = 0; }, 5000);
        if (presses >= 3) {
            exit();
        }
    });
})();

// Small progressive enhancements; every page works without them.
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        // Move focus to the error summary so that screen-reader and keyboard users start where the problem is.
        var summary = document.querySelector(".error-summary");
        if (summary) {
            summary.focus();
            // A link in the summary puts the cursor in the field it names, not just scrolls to it.
            summary.querySelectorAll("a[href^='#']").forEach(function (link) {
                link.addEventListener("click", function (event) {
                    var target = document.getElementById(link.getAttribute("href").slice(1));
                    if (target) {
                        event.preventDefault();
                        target.scrollIntoView({ block: "center" });
                        target.focus();
                    }
                });
            });
        }
        // Buttons that ask before an irreversible step (e.g. withdrawing consent).
        document.querySelectorAll("form[data-confirm]").forEach(function (form) {
            form.addEventListener("submit", function (event) {
                if (!window.confirm(form.getAttribute("data-confirm"))) {
                    event.preventDefault();
                }
            });
        });
    });
})();

// A form marked data-unsaved-guard warns before the page is left with typed text that was not saved (the plan editor).
(function () {
    "use strict";
    document.querySelectorAll("form[data-unsaved-guard]").forEach(function (form) {
        var dirty = false;
        form.addEventListener("input", function () { dirty = true; });
        form.addEventListener("submit", function () { dirty = false; });
        window.addEventListener("beforeunload", function (event) {
            if (dirty) {
                event.preventDefault();
                event.returnValue = "";
            }
        });
    });
})();

// A table wider than the screen scrolls inside its box; that box must be reachable by keyboard (WCAG 2.1.1), and is
// named after its table.
(function () {
    "use strict";
    function markScrollable() {
        document.querySelectorAll(".table-wrap").forEach(function (wrap) {
            if (wrap.scrollWidth > wrap.clientWidth + 1 && !wrap.hasAttribute("tabindex")) {
                var caption = wrap.querySelector("caption");
                wrap.setAttribute("tabindex", "0");
                wrap.setAttribute("role", "region");
                wrap.setAttribute("aria-label", caption && caption.textContent.trim() ? caption.textContent.trim() : document.title);
            }
        });
    }
    markScrollable();
    window.addEventListener("resize", markScrollable);
})();

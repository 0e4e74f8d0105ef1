// Forms marked data-unsaved-warning: say on screen whether what is typed is saved, and ask before
// leaving the page with unsaved changes. Submitting the form (any of its buttons) is not leaving.
(function () {
    "use strict";
    var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-unsaved-warning]"));
    if (forms.length === 0) return;
    var dirty = false;
    var submitting = false;

    function mark(form) {
        if (dirty) return;
        dirty = true;
        var state = document.getElementById(form.getAttribute("data-unsaved-warning"));
        if (state) {
            state.textContent = state.getAttribute("data-dirty-text");
            state.classList.add("dirty");
        }
    }

    forms.forEach(function (form) {
        form.addEventListener("input", function () { mark(form); });
        form.addEventListener("change", function () { mark(form); });
        form.addEventListener("submit", function () { submitting = true; });
    });

    window.addEventListener("beforeunload", function (event) {
        if (!dirty || submitting) return;
        event.preventDefault();
        event.returnValue = "";
    });
})();

// Buttons with data-copy-target copy that field's text to the clipboard. Hidden without JavaScript,
// where the field itself can still be selected and copied.
(function () {
    "use strict";
    var buttons = document.querySelectorAll("button.copy-button[data-copy-target]");
    Array.prototype.forEach.call(buttons, function (button) {
        if (!navigator.clipboard) return;
        button.hidden = false;
        button.addEventListener("click", function () {
            var field = document.getElementById(button.getAttribute("data-copy-target"));
            if (!field) return;
            navigator.clipboard.writeText(field.value).then(function () {
                var done = document.querySelector(".copy-done");
                if (done) done.textContent = done.getAttribute("data-copied-text");
            });
        });
    });
})();

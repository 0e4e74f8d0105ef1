// The review screen without the mouse: j/k move between criteria, a accepts, n asks for a change
// (and opens the comment box), r writes a comment, Esc leaves a text box. The page works without this file.
(function () {
    "use strict";
    var form = document.getElementById("judgements");
    if (!form) return;
    var criteria = Array.prototype.slice.call(form.querySelectorAll(".review-criterion"));
    if (criteria.length === 0 || !form.querySelector("input[type=radio][name^='judgement-']")) return;
    var current = 0;

    function typing(target) {
        return target && (target.tagName === "TEXTAREA" || target.tagName === "SELECT" ||
            (target.tagName === "INPUT" && target.type !== "radio" && target.type !== "checkbox"));
    }

    function select(index) {
        current = Math.max(0, Math.min(criteria.length - 1, index));
        criteria.forEach(function (c, i) { c.classList.toggle("review-current", i === current); });
        criteria[current].focus({ preventScroll: true });
        criteria[current].scrollIntoView({ block: "center" });
    }

    function judge(value) {
        var radio = criteria[current].querySelector("input[type=radio][value='" + value + "']");
        if (!radio) return;
        radio.checked = true;
        radio.dispatchEvent(new Event("change", { bubbles: true }));
    }

    // Progress counts a criterion as judged once it has a stored or a chosen judgement.
    var progress = document.getElementById("review-progress");
    var template = progress ? progress.textContent : "";
    var total = progress ? Number(progress.getAttribute("data-total")) : 0;
    var stored = progress ? Number((template.match(/\d+/) || ["0"])[0]) : 0;
    var unjudged = Array.prototype.slice.call(form.querySelectorAll(".review-criterion.unjudged"));
    function update() {
        if (!progress) return;
        var chosen = unjudged.filter(function (c) { return c.querySelector("input[type=radio]:checked"); }).length;
        progress.textContent = template.replace(/^\d+/, String(Math.min(total, stored + chosen)));
    }
    form.addEventListener("change", update);

    criteria.forEach(function (c, i) { c.addEventListener("focusin", function () { current = i; }); });

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        if (typing(event.target)) {
            if (event.key === "Escape") { event.target.blur(); select(current); }
            return;
        }
        switch (event.key) {
            case "j": select(current + 1); break;
            case "k": select(current - 1); break;
            case "a": judge("Accepted"); select(current + 1); break;
            case "n": judge("NeedsChange"); var box = criteria[current].querySelector("textarea"); if (box) box.focus(); break;
            case "r": var comment = criteria[current].querySelector("textarea"); if (comment) comment.focus(); break;
            default: return;
        }
        event.preventDefault();
    });
})();

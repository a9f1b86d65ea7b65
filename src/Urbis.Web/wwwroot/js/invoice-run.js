// Progress of an annual invoice run: asks the server every second and updates the bar and the
// figures; reloads the page (with the result) when the run is over. The page works without it
// (it has a "Refresh" link); the CSP allows no inline script, hence this file.
(function () {
    "use strict";
    var section = document.querySelector("[data-run-progress]");
    if (!section || section.querySelector("[data-status='Completed'], [data-status='Failed']")) {
        return;
    }

    var bar = section.querySelector("progress");
    var language = document.documentElement.lang || "en";

    function show(name, value) {
        var element = section.querySelector("[data-figure='" + name + "']");
        if (element) {
            element.textContent = Number(value).toLocaleString(language);
        }
    }

    function tick() {
        fetch(section.getAttribute("data-run-progress"), { headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (run) {
                if (!run) {
                    window.setTimeout(tick, 3000);
                    return;
                }
                if (run.done) {
                    window.location.reload();
                    return;
                }
                bar.value = run.percent;
                bar.textContent = run.percent + " %";
                show("processed", run.processed);
                show("members", run.members);
                show("issued", run.issued);
                show("emailed", run.emailed);
                window.setTimeout(tick, 1000);
            })
            .catch(function () { window.setTimeout(tick, 3000); });
    }

    window.setTimeout(tick, 1000);
})();

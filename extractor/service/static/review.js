// The review page: choosing a finding lights up the cells and words it is about.
// A static file (the Content-Security-Policy runs no inline script); it reads only the
// page's data attributes, which the templates escape, and never writes markup.
document.querySelectorAll(".finding").forEach(function (el) {
  el.addEventListener("click", function (event) {
    if (event.target.closest(".verdict")) { return; }  // giving a verdict is not choosing the finding
    document.querySelectorAll(".lit").forEach(function (x) { x.classList.remove("lit"); });
    document.querySelectorAll(".finding.active").forEach(function (x) { x.classList.remove("active"); });
    el.classList.add("active");
    el.dataset.metrics.split(" ").filter(Boolean).forEach(function (m) {
      document.querySelectorAll('[data-metric="' + CSS.escape(m) + '"]').forEach(function (c) { c.classList.add("lit"); });
    });
    el.dataset.mentions.split(" ").filter(Boolean).forEach(function (i) {
      var mark = document.querySelector('[data-mention="' + CSS.escape(i) + '"]');
      if (mark) { mark.classList.add("lit"); mark.scrollIntoView({block: "nearest"}); }
    });
  });
});

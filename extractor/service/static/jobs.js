// A job's page: asks the API how far the job has come, once a second, and shows it; once
// the job has ended, the page is loaded again (the server then shows the review or the
// error). A static file (the Content-Security-Policy runs no inline script); it writes
// only text and numbers, never markup.
(function () {
  var job = document.getElementById("job");
  if (!job || document.getElementById("job-error")) { return; }
  var url = job.dataset.statusUrl;
  var labels = {queued: "排队中", running: "正在识别"};
  function show(id, text) { var el = document.getElementById(id); if (el) { el.textContent = text; } }
  function poll() {
    fetch(url, {cache: "no-store"}).then(function (r) {
      if (r.status === 404) { window.location.reload(); }  // the job is gone: the server says so
      if (!r.ok) { throw new Error(r.status); }
      return r.json();
    }).then(function (s) {
      if (s.status === "done" || s.status === "failed") { window.location.reload(); return; }
      show("job-state", labels[s.status] || s.status);
      show("job-done", String(s.pages_done));
      show("job-total", s.pages_total === null ? "?" : String(s.pages_total));
      show("job-elapsed", String(Math.round(s.elapsed)));
      var bar = document.getElementById("job-bar");
      if (bar) { bar.max = s.pages_total || 1; bar.value = s.pages_done; }
      setTimeout(poll, 1000);
    }).catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();

/* dealcheck checklist page: expand a row, expand or collapse all, show only outstanding rows.
   Without this script every row shows expanded; print always does (see the print stylesheet). */
"use strict";
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
  var rules = document.querySelectorAll("tbody.rule");
  var filter = document.getElementById("outstanding-only");
  var counter = document.getElementById("counter");

  function setOpen(box, open) {
    box.classList.toggle("open", open);
    box.querySelector(".toggle").setAttribute("aria-expanded", open ? "true" : "false");
  }

  document.querySelectorAll(".toggle").forEach(function (button) {
    button.addEventListener("click", function () {
      var box = button.closest("tbody.rule, .collapsible");
      setOpen(box, !box.classList.contains("open"));
    });
  });

  function applyFilter() {
    var only = filter.checked;
    document.body.classList.toggle("outstanding-only", only);
    var shown = only ? document.querySelectorAll("tbody.rule.outstanding").length : rules.length;
    counter.textContent = "Showing " + shown + " of " + rules.length + " items" +
      (only ? " (outstanding only)" : "");
  }
  filter.addEventListener("change", applyFilter);
  applyFilter();

  document.getElementById("expand-all").addEventListener("click", function () {
    rules.forEach(function (box) { setOpen(box, true); });
  });
  document.getElementById("collapse-all").addEventListener("click", function () {
    rules.forEach(function (box) { setOpen(box, false); });
  });
});

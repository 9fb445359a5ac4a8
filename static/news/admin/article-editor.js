// The article editor's guidance: show the legal checklist when a sensitive
// category is ticked, and keep the search and sharing preview in step with the
// fields. Without this script both show the article as last saved.
(function () {
  "use strict";

  function text(id) {
    var field = document.getElementById(id);
    return field ? field.value.trim() : "";
  }

  function updateChecklist() {
    var panel = document.querySelector("[data-legal-checklist]");
    if (!panel) return;
    var sensitive = (panel.dataset.sensitiveCategories || "").split(" ").filter(Boolean);
    var ticked = Array.prototype.some.call(
      document.querySelectorAll("input[name=categories]:checked"),
      function (box) { return sensitive.indexOf(box.value) !== -1; }
    );
    panel.hidden = !ticked;
  }

  function updatePreview() {
    var title = text("id_title") || "Title";
    var description = text("id_search_description") || text("id_excerpt");
    var slug = text("id_slug");
    document.querySelectorAll("[data-preview-title]").forEach(function (node) {
      node.textContent = title;
    });
    document.querySelectorAll("[data-preview-description]").forEach(function (node) {
      node.textContent = description;
    });
    document.querySelectorAll("[data-preview-url]").forEach(function (node) {
      node.textContent = "…/news/" + slug + "/";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    updateChecklist();
    updatePreview();
    document.addEventListener("change", function (event) {
      if (event.target.name === "categories") updateChecklist();
    });
    document.addEventListener("input", updatePreview);
    document.addEventListener("change", updatePreview);
    // Wagtail fills the slug in from the title without an input or change event;
    // its slug controller announces the new value instead.
    document.addEventListener("w-slug:applied", updatePreview);
  });
})();

/* Accessible names for editing widgets that third-party scripts build without one (article form).
 * - The body editor's editable area (django-prose-editor) is named after the body field's label.
 * - The search box inside select2's multiple-choice widgets is named after its field's label.
 * Loaded as a file from our own static files (the admin's CSP allows scripts from 'self' only). */
"use strict";
(() => {
  const labelText = (id) => {
    const label = id && document.querySelector(`label[for="${CSS.escape(id)}"]`);
    return label ? label.textContent.trim().replace(/:$/, "") : "";
  };

  document.addEventListener("prose-editor:ready", (event) => {
    const { editor, textarea } = event.detail;
    const name = labelText(textarea.id);
    if (!name) return;
    const attributes = { "aria-label": name };
    if (editor && typeof editor.setOptions === "function") {
      const props = editor.options.editorProps || {};
      editor.setOptions({ editorProps: { ...props, attributes: { ...(props.attributes || {}), ...attributes } } });
    }
    const dom = editor && editor.view ? editor.view.dom : textarea.parentElement.querySelector(".ProseMirror");
    if (dom && !dom.getAttribute("aria-label")) dom.setAttribute("aria-label", name);
  });

  const nameSelect2Searches = () => {
    document.querySelectorAll("select.admin-autocomplete[multiple]").forEach((select) => {
      const container = select.nextElementSibling;
      const search = container && container.querySelector(".select2-search__field:not([aria-label])");
      const name = search && labelText(select.id);
      if (name) search.setAttribute("aria-label", name);
    });
  };
  // select2 builds its boxes when jQuery is ready (after this script, at a time of its choosing) and again
  // when an inline row is added, so name them whenever the page's elements change.
  document.addEventListener("DOMContentLoaded", () => {
    nameSelect2Searches();
    new MutationObserver(nameSelect2Searches).observe(document.body, { childList: true, subtree: true });
  });
})();

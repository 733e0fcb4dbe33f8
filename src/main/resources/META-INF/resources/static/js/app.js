// Progressive enhancement only: every page works without JavaScript.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
focusOnLoad(document)

// A result page names what happened in its heading; focus it so a screen reader starts there. The autofocus
// attribute already does this in most browsers; this covers those that ignore it on a heading.
function focusOnLoad (root) {
  const heading = root.querySelector('[data-focus-on-load]')
  if (heading && document.activeElement === document.body) heading.focus()
}

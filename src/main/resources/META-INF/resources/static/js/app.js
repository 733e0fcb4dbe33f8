// Progressive enhancement only: every page works without JavaScript.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
pointErrorLinksAtControls(document)
initAll()
focusOnLoad(document)

// An error summary links to a field by its name. Where the name is a wrapper (a radio group, a date input, a set of
// checkboxes), GOV.UK's pattern links to the first radio or the day field instead, so that following the link puts
// focus where the user types. Done here once for every form, before govuk-frontend binds its error-summary clicks.
function pointErrorLinksAtControls (root) {
  for (const link of root.querySelectorAll('.govuk-error-summary__list a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)))
    if (!target || target.matches('input, select, textarea, button')) continue
    const control = target.querySelector('input:not([type=hidden]), select, textarea')
    if (control && control.id) link.setAttribute('href', '#' + control.id)
  }
}

// A result page names what happened in its heading; focus it so a screen reader starts there. The autofocus
// attribute already does this in most browsers; this covers those that ignore it on a heading.
function focusOnLoad (root) {
  const heading = root.querySelector('[data-focus-on-load]')
  if (heading && document.activeElement === document.body) heading.focus()
}

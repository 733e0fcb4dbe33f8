// Meeting mode without page reloads: a form inside a section marked data-fragment (a case, or the attendance) is sent
// with fetch, and the server answers with that section alone, which takes the old one's place. Errors and refusals
// come back the same way, inside the section. Without scripts the same forms post and redirect as usual.
// Each exchange's duration is kept in window.roundtableTimings for the browser test's measurements.
window.roundtableTimings = window.roundtableTimings || []

document.addEventListener('submit', async (event) => {
  const form = event.target
  const section = form.closest('[data-fragment]')
  if (!section || event.defaultPrevented || form.method.toLowerCase() !== 'post') return
  event.preventDefault()
  const button = event.submitter
  if (button) button.disabled = true
  const started = performance.now()
  let response
  try {
    response = await fetch(form.action, {
      method: 'POST',
      headers: { 'X-Fragment': section.dataset.fragment, 'X-Requested-With': 'JavaScript', Accept: 'text/html' },
      body: new URLSearchParams(new FormData(form))
    })
  } catch (e) {
    // No answer: send the form the ordinary way, which shows the browser's own message if the network is gone.
    if (button) button.disabled = false
    form.submit()
    return
  }
  const type = response.headers.get('Content-Type') || ''
  if (!type.includes('text/html') || ![200, 400, 409].includes(response.status)) {
    // A signed-out session (499) or an unexpected answer: let the browser deal with it as a normal post.
    if (button) button.disabled = false
    form.submit()
    return
  }
  const holder = document.createElement('template')
  holder.innerHTML = (await response.text()).trim()
  const fresh = holder.content.querySelector('[data-fragment]')
  if (!fresh) { form.submit(); return }
  section.replaceWith(fresh)
  fresh.dispatchEvent(new CustomEvent('roundtable:section-replaced', { bubbles: true }))
  const problem = fresh.querySelector('.govuk-error-summary, .govuk-notification-banner')
  if (problem) {
    problem.setAttribute('tabindex', '-1')
    problem.focus()
  } else {
    announce(fresh, button ? button.textContent.trim() : 'Saved')
  }
  window.roundtableTimings.push(performance.now() - started)
  document.dispatchEvent(new CustomEvent('roundtable:saved', { detail: { status: response.status } }))
})

// Tells screen reader users what happened, since the page itself did not change.
function announce (section, what) {
  let status = document.getElementById('meeting-mode-status')
  if (!status) {
    status = document.createElement('p')
    status.id = 'meeting-mode-status'
    status.className = 'govuk-visually-hidden'
    status.setAttribute('role', 'status')
    document.body.appendChild(status)
  }
  status.textContent = 'Done: ' + what
  section.setAttribute('data-updated', String(Date.now()))
}

// Autosave for the chair's discussion notes. What is typed is kept in this browser (localStorage) until the server
// has it, so a dropped network or a reload loses nothing; a save that loses to someone else's is shown, not forced.
const DELAY_MS = 1200
const RETRY_MS = 5000

// Runs on the page, and again on each section that meeting-mode.js puts in place after a form was sent.
function initNotes (root) {
for (const form of root.querySelectorAll('form[data-autosave]')) {
  const textarea = form.querySelector('textarea[name=notes]')
  const version = form.querySelector('input[name=notesVersion]')
  const status = form.querySelector('[data-save-status]')
  const key = 'roundtable:notes:' + form.action
  let timer = null
  let saving = false
  // After a conflict nothing is saved on its own: the user merges, then presses Save notes, which replaces theirs.
  let theirVersion = null

  const kept = JSON.parse(localStorage.getItem(key) || 'null')
  // What was kept is now what the server has (the section came back after Save notes): nothing left to restore.
  if (kept && kept.text === textarea.value) localStorage.removeItem(key)
  if (kept && kept.text !== textarea.value) {
    textarea.value = kept.text
    // The text was written on the version it was typed against: if someone saved since, the server says so.
    if (kept.version !== undefined && kept.version !== null) version.value = kept.version
    status.textContent = 'Restored what you typed before the page was reloaded; saving it now.'
    schedule(0)
  }

  textarea.addEventListener('input', () => {
    localStorage.setItem(key, JSON.stringify({ text: textarea.value, version: version.value }))
    if (theirVersion !== null) return
    status.textContent = 'Not saved yet'
    schedule(DELAY_MS)
  })
  window.addEventListener('online', () => { if (localStorage.getItem(key) && theirVersion === null) schedule(0) })
  form.addEventListener('submit', () => {
    // The form itself is being sent: a pending autosave of the same text would only race it.
    clearTimeout(timer)
    if (theirVersion !== null) version.value = theirVersion
  })

  function schedule (delay) {
    clearTimeout(timer)
    timer = setTimeout(save, delay)
  }

  function showTheirs (answer) {
    let theirs = form.querySelector('[data-their-notes]')
    if (!theirs) {
      theirs = document.createElement('div')
      theirs.className = 'govuk-inset-text rt-prewrap'
      theirs.setAttribute('data-their-notes', '')
      textarea.parentElement.insertBefore(theirs, textarea)
    }
    theirs.textContent = 'Saved by someone else: ' + (answer.theirs || '(no notes)')
    status.textContent = (answer.message || 'Someone else saved these notes.') +
      ' Their notes are shown above the box; yours are kept in the box and in this browser. Merge them, then press Save notes to replace theirs.'
  }

  async function save () {
    if (saving) { schedule(DELAY_MS); return }
    if (theirVersion !== null) return
    saving = true
    const sent = textarea.value
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'X-Autosave': '1', Accept: 'application/json', 'X-Requested-With': 'JavaScript' },
        body: new URLSearchParams(new FormData(form))
      })
      const answer = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : {}
      if (response.ok) {
        version.value = answer.notesVersion
        if (textarea.value === sent) localStorage.removeItem(key)
        status.textContent = 'Saved'
      } else if (response.status === 409 && answer.notesVersion === undefined) {
        status.textContent = 'Not saved: ' + (answer.message || 'this case can no longer take notes.') + ' What you typed is kept in this browser.'
      } else if (response.status === 409) {
        theirVersion = answer.notesVersion
        showTheirs(answer)
      } else {
        status.textContent = 'Not saved: ' + (answer.title ? answer.title + '. ' : '') + (answer.detail ? answer.detail.replace(/\.?$/, '.') : response.status + '.') + ' What you typed is kept in this browser.'
      }
    } catch (e) {
      // A request lost on the way (a dropped connection, a server restart) says nothing about the notes: try again,
      // rather than waiting for an 'online' event that a browser that never went offline does not send.
      status.textContent = 'Not saved: no connection. What you typed is kept in this browser; saving is tried again in a few seconds.'
      schedule(RETRY_MS)
    } finally {
      saving = false
    }
  }
}

}

// Time spent on a case: counted from the first time anything in its section gets focus, and offered in the
// "minutes spent" box when the decision is recorded (the chair can still type their own figure).
// The start is kept per case on the page, so a section replaced after a form was sent keeps counting.
const startedAt = {}
function initTimers (root) {
for (const minutes of root.querySelectorAll('input[data-case-timer]')) {
  const section = minutes.closest('section')
  section.addEventListener('focusin', () => { startedAt[section.id] = startedAt[section.id] || Date.now() })
  minutes.form.addEventListener('submit', () => {
    const started = startedAt[section.id]
    if (started && minutes.value.trim() === '') {
      minutes.value = String(Math.max(1, Math.round((Date.now() - started) / 60000)))
    }
  })
}
}

initNotes(document)
initTimers(document)
document.addEventListener('roundtable:section-replaced', (event) => {
  initNotes(event.target)
  initTimers(event.target)
})

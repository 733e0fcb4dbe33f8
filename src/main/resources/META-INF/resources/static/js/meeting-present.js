// The room's screen follows the chair: it polls a small stamp and reloads when what it shows has changed.
// Without scripts the Refresh link does the same.
const POLL_MS = 2000
const root = document.querySelector('[data-present-stamp]')
if (root) {
  let shown = root.dataset.presentStamp
  setInterval(async () => {
    try {
      const response = await fetch(root.dataset.stampUrl, { headers: { 'X-Requested-With': 'JavaScript' }, cache: 'no-store' })
      if (!response.ok) return
      const stamp = (await response.text()).trim()
      if (stamp !== shown) {
        shown = stamp
        window.location.reload()
      }
    } catch (e) {
      // A lost poll says nothing: the next one tries again.
    }
  }, POLL_MS)
}

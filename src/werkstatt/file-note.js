// A classic script (it runs where module scripts are blocked, as in Chromium on file://):
// when the page is opened from a folder, it shows what to do instead. The module hides the note when it starts.
if (location.protocol === 'file:') {
  document.addEventListener('DOMContentLoaded', function () {
    var note = document.getElementById('file-note');
    if (note) note.hidden = false;
  });
}

/*
 * Import page: text pasted with formatting (Word, Google Docs, a web page) brings its HTML along in a hidden
 * field, so that bold, italic, links, subheadings and lists are kept. The server reads that HTML into the
 * story model and keeps nothing else of it. Typing in the text after the paste drops the HTML: what is
 * imported is then the text as shown.
 */
(function () {
    var text = document.getElementById('import:text');
    var html = document.getElementById('import:html');
    var note = document.getElementById('formatting');
    if (!text || !html || !note) {
        return;
    }
    var pasted = null;

    function clear(message) {
        html.value = '';
        pasted = null;
        note.textContent = message || '';
    }

    text.addEventListener('paste', function (e) {
        var data = e.clipboardData && e.clipboardData.getData('text/html');
        var whole = text.value.trim() === '' || (text.selectionStart === 0 && text.selectionEnd === text.value.length);
        if (!data || !whole) {
            clear(data ? 'Pasted into other text: it will be imported as plain text.' : '');
            return;
        }
        html.value = data;
        setTimeout(function () {
            pasted = text.value;
            note.textContent = 'Formatting kept from the clipboard: bold, italic, links, subheadings and lists.';
        }, 0);
    });

    text.addEventListener('input', function () {
        if (pasted !== null && text.value !== pasted) {
            clear('Edited after pasting: it will be imported as plain text, as shown.');
        }
    });
})();

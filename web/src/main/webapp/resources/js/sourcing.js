/* Sourcing review: turn a text selection inside one story block into (block key, start, end). */
(function () {
    function offsetIn(block, node, offset) {
        var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        var total = 0;
        while (walker.nextNode()) {
            if (walker.currentNode === node) {
                return total + offset;
            }
            total += walker.currentNode.textContent.length;
        }
        return -1;
    }

    function blockOf(node) {
        while (node && !(node.classList && node.classList.contains('cd-src-block'))) {
            node = node.parentNode;
        }
        return node;
    }

    function set(id, value) {
        var field = document.getElementById(id);
        if (field) {
            field.value = value;
        }
    }

    document.addEventListener('mouseup', function () {
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
            return;
        }
        var range = selection.getRangeAt(0);
        var block = blockOf(range.startContainer);
        if (!block || block !== blockOf(range.endContainer)) {
            return;
        }
        var start = offsetIn(block, range.startContainer, range.startOffset);
        var end = offsetIn(block, range.endContainer, range.endOffset);
        if (start < 0 || end <= start) {
            return;
        }
        set('sourcing:selBlockKey', block.getAttribute('data-key'));
        set('sourcing:selStart', start);
        set('sourcing:selEnd', end);
        var hint = document.getElementById('selection-hint');
        if (hint) {
            hint.textContent = 'Selected: “' + selection.toString() + '”';
        }
    });
})();

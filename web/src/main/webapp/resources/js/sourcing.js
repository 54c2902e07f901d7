/*
 * The sourcing desk (docs/sourcing.md, "The sourcing desk"):
 *  - a text selection inside one story block becomes (block key, start, end) for "Mark selection";
 *  - one claim is "focused": j / k move to the next / previous card, l links it to its proposed source
 *    (the card's "Link to …" or "New source: …"), v verifies its source; keys are ignored while typing;
 *  - clicking a highlight in the text focuses its card, and the focused card's highlight is outlined;
 *  - ajax answers replace cards in place: the focus, the panel's and the page's scroll positions are put
 *    back after each one, and a card the answer points at (a claim just marked, a name still missing) is
 *    focused.
 * No inline handlers: everything is bound here (the Content-Security-Policy allows only this file).
 */
(function () {
    var focusedId = null;

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

    // --- the focused claim ---------------------------------------------------------------------------

    function cards() {
        return Array.prototype.slice.call(document.querySelectorAll('.cd-attr-card[data-aid]'));
    }

    function cardOf(id) {
        return document.querySelector('.cd-attr-card[data-aid="' + id + '"]');
    }

    function panel() {
        return document.querySelector('.cd-src-panel');
    }

    /** Scrolls the panel (not the page) so that the card is in view. */
    function revealInPanel(card) {
        var p = panel();
        if (!p || p.scrollHeight <= p.clientHeight) {
            card.scrollIntoView({block: 'nearest'});
            return;
        }
        // the panel's head sticks to its top and covers that much of it
        var head = p.querySelector('.cd-panel-head');
        var covered = head && window.getComputedStyle(head).position === 'sticky' ? head.offsetHeight : 0;
        var top = card.getBoundingClientRect().top - p.getBoundingClientRect().top + p.scrollTop;
        if (top < p.scrollTop + covered) {
            p.scrollTop = top - covered - 8;
        } else if (top + card.offsetHeight > p.scrollTop + p.clientHeight) {
            p.scrollTop = Math.min(top - covered - 8, top + card.offsetHeight - p.clientHeight + 8);
        }
        // the panel itself in the page's view (it is sticky, but the page may be scrolled above it)
        var r = p.getBoundingClientRect();
        var under = barHeight();
        if (r.top < under || r.top > window.innerHeight / 2) {
            window.scrollBy(0, r.top - under - 8);
        }
    }

    function markOf(id) {
        return document.getElementById('attr-' + id);
    }

    /** Shows which claim is focused: the card outlined and focused, its highlight in the text outlined. */
    function paint() {
        document.querySelectorAll('.cd-attr-card.cd-focused').forEach(function (c) {
            c.classList.remove('cd-focused');
        });
        document.querySelectorAll('mark.cd-attr-focus').forEach(function (m) {
            m.classList.remove('cd-attr-focus');
        });
        if (focusedId === null) {
            return null;
        }
        var card = cardOf(focusedId);
        if (!card) {
            return null;
        }
        card.classList.add('cd-focused');
        var mark = markOf(focusedId);
        if (mark) {
            mark.classList.add('cd-attr-focus');
        }
        aimSearch(card);
        return card;
    }

    /** The panel's "another source" search links the focused claim: its target and its label follow. */
    function aimSearch(card) {
        set('sourcing:target', focusedId);
        var label = document.getElementById('pick-for');
        var span = card.querySelector('.cd-attr-span mark');
        if (label && span) {
            label.textContent = '“' + span.textContent + '”';
        }
    }

    /**
     * Focuses the claim's card. how.panel: bring the card into the panel's view; how.text: bring its
     * highlight into the page's view.
     */
    function focusClaim(id, how) {
        focusedId = String(id);
        var card = paint();
        if (!card) {
            return;
        }
        var active = document.activeElement;
        if (!active || !card.contains(active) || active === card) {
            card.focus({preventScroll: true});
        }
        if (how && how.panel) {
            revealInPanel(card);
        }
        var mark = markOf(focusedId);
        if (how && how.text && mark) {
            var r = mark.getBoundingClientRect();
            if (r.top < barHeight() || r.bottom > window.innerHeight) {
                mark.scrollIntoView({block: 'center'});
            }
        }
    }

    function step(delta) {
        var all = cards();
        if (all.length === 0) {
            return;
        }
        var at = -1;
        for (var i = 0; i < all.length; i++) {
            if (all[i].getAttribute('data-aid') === focusedId) {
                at = i;
            }
        }
        var next = at < 0 ? (delta > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + delta));
        focusClaim(all[next].getAttribute('data-aid'), {panel: true, text: true});
    }

    /** Clicks the focused card's first visible, enabled button among the id suffixes, in order. */
    function press(suffixes) {
        var card = focusedId === null ? null : cardOf(focusedId);
        if (!card) {
            return false;
        }
        for (var i = 0; i < suffixes.length; i++) {
            var button = card.querySelector('button[id$="' + suffixes[i] + '"]');
            if (button && !button.disabled && button.offsetParent !== null) {
                button.click();
                return true;
            }
        }
        return false;
    }

    function typing(target) {
        if (!target || !target.tagName) {
            return false;
        }
        var tag = target.tagName.toLowerCase();
        return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
    }

    document.addEventListener('keydown', function (e) {
        if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(e.target)
                || !document.querySelector('.cd-attr-card')) {
            return;
        }
        var handled = true;
        switch (e.key) {
        case 'j':
            step(1);
            break;
        case 'k':
            step(-1);
            break;
        case 'l':
            handled = press([':linkSuggested', ':linkNew']);
            break;
        case 'v':
            handled = press([':verify']);
            break;
        default:
            handled = false;
        }
        if (handled) {
            e.preventDefault();
        }
    });

    document.addEventListener('click', function (e) {
        var mark = e.target.closest ? e.target.closest('#story-text mark.cd-attr[id^="attr-"]') : null;
        if (mark) {
            var selection = window.getSelection();
            if (selection && !selection.isCollapsed) {
                return; // selecting words to mark a claim, not asking for a card
            }
            focusClaim(mark.id.substring('attr-'.length), {panel: true});
            return;
        }
        var another = e.target.closest ? e.target.closest('button.cd-another') : null;
        if (another) {
            focusClaim(another.getAttribute('data-aid'), {});
            var search = document.getElementById('sourcing:pick_input');
            if (search) {
                search.focus();
            }
            return;
        }
        var card = e.target.closest ? e.target.closest('.cd-attr-card[data-aid]') : null;
        if (card) {
            focusClaim(card.getAttribute('data-aid'), {});
        }
    });

    document.addEventListener('focusin', function (e) {
        var card = e.target.closest ? e.target.closest('.cd-attr-card[data-aid]') : null;
        if (card && card.getAttribute('data-aid') !== focusedId) {
            focusedId = card.getAttribute('data-aid');
            paint();
        }
    });

    /** The height of the desk bar while it sticks to the top of the view (0 on a phone, where it does not). */
    function barHeight() {
        var bar = document.getElementById('desk-bar');
        return bar && window.getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight : 0;
    }

    /** Keeps --cd-bar-height (sourcing.css) to the bar's height, for the panel to sit under it. */
    function measureBar() {
        document.documentElement.style.setProperty('--cd-bar-height', barHeight() + 'px');
    }

    window.addEventListener('resize', measureBar);

    /** A card whose proposal has no name opens its editor: the name is what the editor must type. */
    function openEditors() {
        document.querySelectorAll('details.cd-proposal-edit[data-open="true"]').forEach(function (d) {
            d.open = true;
        });
    }

    // --- "Why was anonymity granted?" follows the kind chosen for a new source ------------------------

    document.addEventListener('change', function (event) {
        var select = event.target;
        if (!select.classList || !select.classList.contains('cd-pkind')) {
            return;
        }
        var card = select.closest('.cd-attr-card');
        var why = card && card.querySelector('.cd-why[data-follows-kind="true"]');
        if (why) {
            why.classList.toggle('cd-why-off', select.value !== 'ANONYMOUS');
        }
    });

    /** After a link refused for want of a reason: the card's field (or the search's) is shown and focused. */
    function askWhy(id) {
        var card = cardOf(id);
        var box = card && card.querySelector('.cd-why');
        var field = box ? box.querySelector('textarea') : null;
        if (box) {
            box.classList.remove('cd-why-off');
        }
        var picked = document.getElementById('sourcing:pickWhy');
        var said = document.getElementById('sourcing:pickWhyMessage');
        if (picked && said && said.textContent.trim() !== '') {
            field = picked; // the message stands under the search's field: the link came from there
        }
        if (field) {
            field.focus({preventScroll: true});
        }
    }

    // --- ajax answers: put back scroll positions and focus ------------------------------------------

    var saved = null;

    function bindAjax() {
        if (!window.jQuery) {
            return;
        }
        var $ = window.jQuery;
        $(document).on('pfAjaxSend', function () {
            var p = panel();
            saved = {panel: p ? p.scrollTop : 0, page: window.scrollY};
        });
        $(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
            openEditors();
            measureBar();
            var p = panel();
            if (saved) {
                if (p && p.scrollTop !== saved.panel) {
                    p.scrollTop = saved.panel;
                }
                if (window.scrollY !== saved.page) {
                    window.scrollTo(window.scrollX, saved.page);
                }
                saved = null;
            }
            if (args && args.focus) {
                // a claim was marked: the selection is spent
                var hint = document.getElementById('selection-hint');
                if (hint) {
                    hint.textContent = hint.getAttribute('data-idle') || hint.textContent;
                }
                var selection = window.getSelection();
                if (selection) {
                    selection.removeAllRanges();
                }
                set('sourcing:selBlockKey', '');
                set('sourcing:selStart', '');
                set('sourcing:selEnd', '');
            }
            if (args && args.needsWhy) {
                focusClaim(args.needsWhy, {panel: true});
                askWhy(args.needsWhy);
                return;
            }
            var pointed = args && (args.needsName || args.needsKind || args.focus);
            if (pointed) {
                focusClaim(pointed, {panel: true});
                var missing = args.needsName ? 'input.cd-pname' : args.needsKind ? 'select.cd-pkind' : null;
                var card = missing && cardOf(pointed);
                var details = card && card.querySelector('details.cd-proposal-edit');
                if (details) {
                    details.open = true;
                    var field = details.querySelector(missing);
                    if (field) {
                        field.focus({preventScroll: true});
                    }
                }
            } else if (focusedId !== null) {
                var again = paint();
                var active = document.activeElement;
                if (again && (!active || active === document.body)) {
                    again.focus({preventScroll: true});
                }
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () {
            openEditors();
            measureBar();
            bindAjax();
        });
    } else {
        openEditors();
        measureBar();
        bindAjax();
    }
})();

/*
 * The story editor keeps what is typed (docs/editor.md, "Nothing is lost"):
 * - a few seconds after typing stops, the form is kept on the server as the writer's working copy
 *   (cdAutosave, a p:remoteCommand; not a revision), and offered back when the writer returns;
 * - leaving the page with edits that are not saved as a revision asks first;
 * - a workflow move asked for while the form holds edits goes through the editor form, which saves the
 *   edits and then moves (StoryEditorBean#saveThenMove), so a move never drops them.
 */
window.cdEditor = (function () {
    'use strict';

    var FORM = 'tabs:editor';
    var KEEP_AFTER_MS = 3000;
    var saved = null;      // the form's values as last saved (null: the form holds unsaved text anyway)
    var kept = null;       // the form's values as last kept as a working copy
    var submitting = false;
    var timer = null;

    function byId(id) {
        return document.getElementById(id);
    }

    /** The form's values that make the story (not the reason, not Faces' own fields), as one string. */
    function snapshot() {
        var form = byId(FORM);
        if (!form) {
            return '';
        }
        var parts = [];
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || el.type === 'hidden' || el.type === 'submit' || el.type === 'button'
                    || el.id === FORM + ':reason') {
                return;
            }
            parts.push(el.name + '=' + el.value);
        });
        // the sections' chips keep their values in a hidden select/list: count them by their tokens
        Array.prototype.forEach.call(form.querySelectorAll('.ui-chips-token'), function (t) {
            parts.push('chip=' + t.textContent);
        });
        return parts.join('\u0001');
    }

    function isDirty() {
        return saved === null || snapshot() !== saved;
    }

    function keep() {
        timer = null;
        if (!submitting && isDirty() && snapshot() !== kept && typeof window.cdAutosave === 'function') {
            kept = snapshot();
            window.cdAutosave([{name: 'autosave', value: '1'}]);
        }
    }

    function changed(event) {
        var form = event.target && event.target.form;
        if (!form || form.id !== FORM || event.target.id === FORM + ':reason') {
            return;
        }
        if (timer) {
            clearTimeout(timer);
        }
        timer = setTimeout(keep, KEEP_AFTER_MS);
    }

    function init() {
        if (!byId(FORM)) {
            return;
        }
        countWords();
        var state = byId('editor-state');
        saved = state && state.getAttribute('data-unsaved') === 'true' ? null : snapshot();
        kept = saved;
    }

    // on the document, not the form: block tools and a restore re-render the form by ajax
    document.addEventListener('input', changed);
    document.addEventListener('change', changed);
    // the editor form's own submits (save, save-then-move) take the edits with them; any other form's full
    // submit (an action in another tab of the page) would drop them, so leaving then still asks
    document.addEventListener('submit', function (event) {
        if (event.target && event.target.id === FORM) {
            submitting = true;
        }
    }, true);

    window.addEventListener('beforeunload', function (event) {
        if (!submitting && byId(FORM) && isDirty()) {
            event.preventDefault();
            event.returnValue = '';
            return '';
        }
        return undefined;
    });

    /** The words of the headline and the body, shown beside Save and kept up to date while typing. */
    function countWords() {
        var out = byId('word-count');
        var form = byId(FORM);
        if (!out || !form) {
            return;
        }
        var text = '';
        Array.prototype.forEach.call(form.querySelectorAll('textarea[id$=":text"], input[id$=":headline"]'),
            function (el) {
                text += ' ' + el.value;
            });
        var words = text.trim() ? text.trim().split(/\s+/).length : 0;
        out.textContent = words + (words === 1 ? ' word' : ' words');
    }

    // Block types from the keyboard, in a block's text: Ctrl+Alt+0 paragraph, 2 subheading, 7 quote, 8 list,
    // 9 picture caption (the numbers of common word processors' heading and list shortcuts)
    var TYPE_KEYS = {'0': 'PARAGRAPH', '2': 'SUBHEADING', '7': 'QUOTE', '8': 'LIST', '9': 'CAPTION'};

    function setType(textarea, type) {
        var id = textarea.id.replace(/:text$/, ':type');
        var widget = window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(id) : null;
        if (widget && widget.selectValue) {
            widget.selectValue(type);
            changed({target: textarea});
            return true;
        }
        return false;
    }

    document.addEventListener('keydown', function (event) {
        var mod = event.ctrlKey || event.metaKey;
        // Ctrl+S (⌘S) saves the story instead of saving the web page
        if (mod && !event.altKey && (event.key === 's' || event.key === 'S')) {
            var save = byId(FORM + ':save');
            if (save) {
                event.preventDefault();
                save.click();
            }
            return;
        }
        var target = event.target;
        var digit = event.code && event.code.indexOf('Digit') === 0 ? event.code.substring(5) : null;
        if (mod && event.altKey && digit && TYPE_KEYS[digit] && target && target.tagName === 'TEXTAREA'
                && /:blocks:\d+:text$/.test(target.id) && setType(target, TYPE_KEYS[digit])) {
            event.preventDefault();
        }
    });
    document.addEventListener('input', countWords);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', countWords); // block tools re-render the form
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }

    return {
        /** Whether the form holds edits not saved as a revision. */
        isDirty: isDirty,

        /**
         * A move button was pressed: with no edits it goes on as it is (true); with edits, the editor form
         * saves them and then moves (false stops the button's own submit).
         */
        move: function (to, note) {
            if (!byId(FORM + ':saveThenMove') || !isDirty()) {
                return true;
            }
            byId(FORM + ':thenMove').value = to;
            byId(FORM + ':thenNote').value = note || '';
            submitting = true;
            byId(FORM + ':saveThenMove').click();
            return false;
        },

        /** A working copy was put back into the form: it is unsaved text until it is saved. */
        restored: function () {
            saved = null;
            kept = snapshot();
        }
    };
}());

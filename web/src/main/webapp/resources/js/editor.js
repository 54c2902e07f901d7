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
    var quill = null;      // the body's writing surface (surface.js), once it is there

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
            // the body's surface keeps its HTML in a hidden field (tabs:editor:body_input): that one counts
            if (!el.name || el.type === 'hidden' && el.name !== FORM + ':body_input' || el.type === 'submit'
                    || el.type === 'button' || el.id === FORM + ':reason') {
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

    /**
     * The writing surface is named by the "Body" heading for screen readers: the text area itself (Quill's
     * editable div) is the text box, not PrimeFaces' wrapper, which also holds the toolbar.
     */
    function labelSurface() {
        var body = byId(FORM + ':body');
        if (!body) {
            return;
        }
        if (body.hasAttribute('role')) {
            body.removeAttribute('role');
        }
        // only what is missing: the editable div is Quill's root, whose mutations Quill observes
        var editable = body.querySelector('.ql-editor');
        if (editable && editable.getAttribute('aria-labelledby') !== 'body-title') {
            editable.setAttribute('role', 'textbox');
            editable.setAttribute('aria-multiline', 'true');
            editable.setAttribute('aria-labelledby', 'body-title');
        }
    }

    function init() {
        if (!byId(FORM)) {
            return;
        }
        labelSurface();
        setTimeout(labelSurface, 0); // Quill may be made after this runs
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

    /**
     * A word as the server counts one (StoryContent#wordCount, the budget's count): letters and digits, joined by
     * an apostrophe or a hyphen ("Russia's", "Khabarovsk-Vladivostok"), or by a point or comma between digits
     * ("10,000", "1.5"); a dash or a bullet on its own is no word.
     */
    var WORD = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=\d)[.,](?=\d))[\p{L}\p{N}]+)*/gu;

    /** The words of the headline, the standfirst and the body, beside Save and kept up to date while typing. */
    function countWords() {
        var out = byId('word-count');
        var form = byId(FORM);
        if (!out || !form) {
            return;
        }
        var headline = byId(FORM + ':headline');
        var standfirst = byId(FORM + ':standfirst');
        var text = (headline ? headline.value : '') + ' ' + (standfirst ? standfirst.value : '') + ' '
            + (quill ? quill.getText() : '');
        var words = (text.match(WORD) || []).length;
        out.textContent = words + (words === 1 ? ' word' : ' words');
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
        }
    });
    document.addEventListener('input', countWords);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', countWords); // block tools re-render the form
        jQuery(document).on('pfAjaxComplete', labelSurface);
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

        /** The body's surface changed (surface.js): like typing in any other field of the form. */
        changed: function () {
            changed({target: byId(FORM + ':body_input')});
            countWords();
        },

        /**
         * The body's surface is ready. Quill writes the body's HTML its own way (lists, for one), so a form
         * with nothing unsaved takes the surface's first value as the saved one.
         */
        surfaceReady: function (editor) {
            var fresh = quill === null;
            quill = editor;
            if (saved !== null && fresh && snapshot() !== saved) {
                saved = snapshot();
                kept = saved;
            }
            countWords();
        },

        /** A working copy was put back into the form: it is unsaved text until it is saved. */
        restored: function () {
            saved = null;
            kept = snapshot();
        }
    };
}());

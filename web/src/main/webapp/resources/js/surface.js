/*
 * The story body's writing surface (docs/editor.md, "The writing surface"): PrimeFaces' p:textEditor, which
 * is Quill 2, set up for the story model. Loaded before the component, it wraps the TextEditor widget's
 * rendering so that every surface (also one re-rendered by ajax) gets:
 * - a Caption line format (<figcaption>), beside Quill's header (subheading), blockquote and list;
 * - the type buttons of the toolbar (Paragraph, Subheading, Quote, List, Caption; aria-pressed shows the
 *   type of the line the cursor is in) and their keys, Ctrl+Alt+0/2/7/8/9;
 * - typographic quotes as the writer types " and ';
 * - the form's hidden field kept up to date on every change (the component itself only does so on blur),
 *   and the editor told (cdEditor.changed: autosave, unsaved-changes warning, word count);
 * - "Note on this line": the note form is anchored to the block the cursor is in;
 * - Enter in the link box sets the link, and never submits the story form.
 */
(function () {
    'use strict';

    var TYPES = {
        PARAGRAPH: {},
        SUBHEADING: {header: 2},
        QUOTE: {blockquote: true},
        LIST: {list: 'bullet'},
        CAPTION: {caption: true}
    };
    var KEYS = {'0': 'PARAGRAPH', '2': 'SUBHEADING', '7': 'QUOTE', '8': 'LIST', '9': 'CAPTION'};
    var OPENS_AFTER = /[\s(\[{\u2014\u2013\u201c\u2018-]/;
    var registered = false;

    function register() {
        if (registered || !window.Quill) {
            return;
        }
        var Block = window.Quill.import('blots/block');
        class Caption extends Block {
        }
        Caption.blotName = 'caption';
        Caption.tagName = 'FIGCAPTION';
        window.Quill.register(Caption, true);
        registered = true;
    }

    function typeOf(formats) {
        if (formats.header) {
            return 'SUBHEADING';
        }
        if (formats.blockquote) {
            return 'QUOTE';
        }
        if (formats.list) {
            return 'LIST';
        }
        if (formats.caption) {
            return 'CAPTION';
        }
        return 'PARAGRAPH';
    }

    function setType(quill, type) {
        var range = quill.getSelection(true);
        var wanted = TYPES[type];
        quill.formatLine(range.index, range.length, {
            header: wanted.header || false,
            blockquote: wanted.blockquote || false,
            list: wanted.list || false,
            caption: wanted.caption || false
        }, 'user');
    }

    /** The index of the block the cursor is in, counted as the server counts blocks (EditorHtml.read). */
    function blockIndex(quill) {
        var range = quill.getSelection();
        if (!range) {
            return -1;
        }
        var line = quill.getLine(range.index)[0];
        var node = line && line.domNode;
        while (node && node.parentNode !== quill.root) {
            node = node.parentNode;
        }
        var index = 0;
        for (var child = quill.root.firstElementChild; child; child = child.nextElementSibling) {
            if (child === node) {
                return index;
            }
            if (child.textContent.trim() !== '') {
                index++;
            }
        }
        return -1;
    }

    /** " and ' typed by the writer become “ ” and ‘ ’ (an apostrophe is a closing ’). */
    function typographic(quill, delta) {
        var at = 0;
        (delta.ops || []).forEach(function (op) {
            if (op.retain) {
                at += op.retain;
            } else if (typeof op.insert === 'string') {
                if (op.insert === '"' || op.insert === '\'') {
                    var before = at === 0 ? '\n' : quill.getText(at - 1, 1);
                    var opens = before === '\n' || OPENS_AFTER.test(before);
                    var curly = op.insert === '"' ? (opens ? '\u201c' : '\u201d') : (opens ? '\u2018' : '\u2019');
                    quill.deleteText(at, 1, 'silent');
                    quill.insertText(at, curly, quill.getFormat(at, 0), 'silent');
                    quill.setSelection(at + 1, 0, 'silent');
                }
                at += op.insert.length;
            }
        });
    }

    function surface(widget) {
        var quill = widget.editor;
        var toolbar = widget.jq.find('.ui-editor-toolbar');
        var pressed = function () {
            var range = quill.getSelection();
            var type = range ? typeOf(quill.getFormat(range)) : null;
            toolbar.find('.cd-type').each(function () {
                this.setAttribute('aria-pressed', String(this.getAttribute('data-type') === type));
            });
        };
        var sync = function () {
            widget.input.val(widget.getEditorValue());
            if (window.cdEditor) {
                window.cdEditor.changed();
            }
            pressed();
        };
        quill.on('text-change', function (delta, old, source) {
            if (source === 'user') {
                typographic(quill, delta);
            }
            sync();
        });
        quill.on('selection-change', pressed);
        // the toolbar's own buttons must not take the focus (and the cursor) from the text
        toolbar.find('.cd-type, #note-on-line').on('mousedown', function (event) {
            event.preventDefault();
        });
        toolbar.find('.cd-type').on('click', function (event) {
            event.preventDefault();
            setType(quill, this.getAttribute('data-type'));
        });
        quill.root.addEventListener('keydown', function (event) {
            var digit = event.code && event.code.indexOf('Digit') === 0 ? event.code.substring(5) : null;
            if ((event.ctrlKey || event.metaKey) && event.altKey && digit && KEYS[digit]) {
                event.preventDefault();
                setType(quill, KEYS[digit]);
            }
        });
        // Enter in the link box (Ctrl+K) sets the link: it must not reach the form's default command (Save)
        widget.jq.on('keydown', '.ql-tooltip input', function (event) {
            if (event.key === 'Enter') {
                event.stopPropagation();
            }
        });
        toolbar.find('#note-on-line').on('click', function (event) {
            event.preventDefault();
            if (typeof window.cdNoteOnLine === 'function') {
                window.cdNoteOnLine([{name: 'line', value: String(blockIndex(quill))}]);
            }
        });
        if (window.cdEditor) {
            window.cdEditor.surfaceReady(quill);
        }
    }

    var TextEditor = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.TextEditor;
    if (!TextEditor || TextEditor.prototype.cdSurface) {
        return;
    }
    var render = TextEditor.prototype._render;
    TextEditor.prototype.cdSurface = true;
    TextEditor.prototype._render = function () {
        register();
        render.apply(this, arguments);
        if (this.jq.hasClass('cd-surface')) {
            surface(this);
        }
    };
}());

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
        var BlockEmbed = window.Quill.import('blots/block/embed');
        /* A picture on the surface: one line that is not text; its caption, credit and alt text live in data
           attributes (read back by EditorHtml), the picture and its caption line are drawn inside. */
        class Picture extends BlockEmbed {
            static create(value) {
                var node = super.create();
                node.setAttribute('contenteditable', 'false');
                ['media', 'caption', 'credit', 'alt'].forEach(function (k) {
                    node.setAttribute('data-' + k, (value && value[k]) || '');
                });
                var img = document.createElement('img');
                img.src = mediaBase() + encodeURIComponent(value.media) + '?w=640';
                img.alt = value.alt || '';
                img.setAttribute('loading', 'lazy');
                var line = document.createElement('span');
                line.className = 'cd-picture-line';
                line.textContent = captionLine(value.caption, value.credit);
                node.appendChild(img);
                node.appendChild(line);
                if (!value.alt) {
                    var missing = document.createElement('span');
                    missing.className = 'cd-picture-missing';
                    missing.textContent = 'No alt text yet: needed before publishing.';
                    node.appendChild(missing);
                }
                return node;
            }

            static value(node) {
                return pictureValue(node);
            }
        }
        Picture.blotName = 'picture';
        Picture.tagName = 'FIGURE';
        Picture.className = 'cd-picture';
        window.Quill.register(Picture, true);
        registered = true;
    }

    var PICTURE_WORDS = /^(photo|photograph|picture|image|illustration|graphic|video|footage|still|screenshot|screengrab|map|chart)s?\b/i;

    function mediaBase() {
        var box = document.getElementById('picture-box');
        return (box && box.getAttribute('data-media-base')) || '/copydesk/media/';
    }

    /** The line under a picture, as the server writes it (ImageCaption.compose): caption, then "(Photo via AFP)". */
    function captionLine(caption, credit) {
        var who = (credit || '').trim().replace(/\s+/g, ' ');
        if (who.charAt(0) === '(' && who.charAt(who.length - 1) === ')') {
            who = who.substring(1, who.length - 1).trim();
        }
        var line = who ? (PICTURE_WORDS.test(who) ? '(' + who + ')' : '(Photo via ' + who + ')') : '';
        var words = (caption || '').trim();
        return words && line ? words + ' ' + line : words + line;
    }

    /** A caption line cut into caption and credit, as the server reads it (ImageCaption.caption and credit). */
    function splitCaption(text) {
        var m = /\s*\(\s*((?:photo|photograph|picture|image|illustration|graphic|video|footage|still|screenshot|screengrab|map|chart)s?\b[^()]*)\)\s*$/i.exec(text);
        if (!m) {
            return {caption: text.trim(), credit: ''};
        }
        var inside = m[1].trim();
        var via = /^photo\s+via\s+(.+)$/i.exec(inside);
        return {caption: text.substring(0, m.index).trim(), credit: via ? via[1].trim() : inside};
    }

    /*
     * The picture box (the dialog #picture-box): a picture uploaded, dropped or chosen from the library is put
     * on the surface at the cursor with its caption, credit and alt text; a click on a picture on the surface
     * opens the box to change them (or to take the picture off).
     */
    var box = {quill: null, index: 0, editing: null, media: null, replace: 0};

    function field(name) {
        return document.getElementById('picture-' + name);
    }

    function showPicture(media, credit, alt) {
        box.media = media ? String(media) : null;
        var preview = field('preview');
        if (preview) {
            preview.hidden = !box.media;
            if (box.media) {
                preview.src = mediaBase() + box.media + '?w=640';
            }
        }
        if (credit && !field('credit').value.trim()) {
            field('credit').value = credit;
        }
        if (alt && !field('alt').value.trim()) {
            field('alt').value = alt;
        }
        problem('');
    }

    function problem(text) {
        var p = field('problem');
        if (p) {
            p.textContent = text;
            p.hidden = !text;
        }
    }

    /** Opens the box for a new picture at {@code index}, for a picture on the surface, or for a caption line it replaces. */
    function openBox(quill, index, editing, caption) {
        box.quill = quill;
        box.index = index;
        box.editing = editing;
        box.replace = caption ? caption.length : 0;
        var value = editing ? pictureValue(editing)
            : {media: null, caption: caption ? caption.caption : '', credit: caption ? caption.credit : '', alt: ''};
        field('caption').value = value.caption;
        field('credit').value = value.credit;
        field('alt').value = value.alt;
        showPicture(value.media);
        jQuery('#picture-box .cd-picture-insert .ui-button-text').text(editing ? 'Change the picture' : 'Put it in the story');
        jQuery('#picture-box .cd-picture-remove').toggle(!!editing);
        if (window.PF && PF('pictureDialog')) {
            PF('pictureDialog').show();
        }
    }

    function pictureValue(node) {
        return {
            media: node.getAttribute('data-media'),
            caption: node.getAttribute('data-caption') || '',
            credit: node.getAttribute('data-credit') || '',
            alt: node.getAttribute('data-alt') || ''
        };
    }

    function putPicture() {
        var quill = box.quill;
        if (!quill) {
            return;
        }
        if (!box.media) {
            problem('Choose a picture first: upload one or pick one from the library.');
            return;
        }
        var value = {
            media: box.media,
            caption: field('caption').value.trim(),
            credit: field('credit').value.trim(),
            alt: field('alt').value.trim()
        };
        if (!value.credit) {
            problem('Give the credit: whose picture it is (for example AFP). It is printed under the picture.');
            field('credit').focus();
            return;
        }
        if (/[()]/.test(value.credit)) {
            problem('A credit cannot hold brackets; write it as it should read, e.g. Photo by Kim Hong-Ji/Reuters.');
            field('credit').focus();
            return;
        }
        var index = box.index;
        if (box.editing) {
            var blot = window.Quill.find(box.editing);
            index = blot ? quill.getIndex(blot) : index;
            quill.deleteText(index, 1, 'user');
        } else if (box.replace) {
            // the caption line the picture was made from: the picture takes its place (and its block's key)
            quill.deleteText(index, box.replace, 'user');
        }
        quill.insertEmbed(index, 'picture', value, 'user');
        quill.setSelection(index + 1, 0, 'user');
        closeBoxKeepingFocus();
    }

    /**
     * Closes the box with the cursor where the box's action put it. PrimeFaces' dialog gives the focus back
     * to what had it before the box opened 100 ms after it closes: by then the writer may be typing the
     * reason for the save, and the rest of that reason went into the text (at its start, where a focused
     * editor with no selection puts the cursor).
     */
    function closeBoxKeepingFocus() {
        var dialog = PF('pictureDialog');
        dialog.focusedElementBeforeDialogOpened = null;
        dialog.hide();
    }

    function removePicture() {
        var quill = box.quill;
        var blot = box.editing && window.Quill.find(box.editing);
        if (quill && blot) {
            var at = quill.getIndex(blot);
            quill.deleteText(at, 1, 'user');
            quill.setSelection(at, 0, 'user');
        }
        closeBoxKeepingFocus();
    }

    window.cdPicture = {
        /** The fileUpload's oncomplete: the picture stored (or found in the library) is the box's picture. */
        offered: function (args) {
            if (args && args.media) {
                showPicture(args.media, args.credit, args.alt);
            }
        },
        captionLine: captionLine
    };

    if (window.jQuery) {
        jQuery(document).on('click', '#picture-box .cd-picture-insert', function (event) {
            event.preventDefault();
            putPicture();
        }).on('click', '#picture-box .cd-picture-remove', function (event) {
            event.preventDefault();
            removePicture();
        }).on('click', '#picture-box .cd-library-item', function (event) {
            event.preventDefault();
            showPicture(this.getAttribute('data-media'), this.getAttribute('data-credit'), this.getAttribute('data-alt'));
        }).on('keydown', '#picture-box input', function (event) {
            if (event.key === 'Enter' && !jQuery(this).closest('.cd-library-search').length) {
                event.preventDefault();
                putPicture();
            }
        });
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

    /*
     * Findings and claims on the surface: the copy check's open findings (wavy underline) and the claims of the
     * sourcing review (tinted; unsourced ones stronger), drawn with the CSS Custom Highlight API — ranges over
     * the text, nothing added to it, so what the surface posts never holds them. A block edited since the check
     * no longer matches the text the marks were made on, and shows none until the next check. With the cursor
     * in a highlight, the line under the toolbar says what it is.
     */
    var KINDS = ['finding', 'claim', 'claim-open'];

    function surfaceMarks() {
        var holder = document.getElementById('surface-marks');
        try {
            return holder ? JSON.parse(holder.getAttribute('data-marks') || '[]') : [];
        } catch (e) {
            return [];
        }
    }

    /** The surface's blocks in the server's order (EditorHtml.read): non-empty top-level elements. */
    function blockElements(quill) {
        return Array.prototype.filter.call(quill.root.children, function (e) {
            return e.textContent.trim() !== '';
        });
    }

    /** The text a block element holds as the model counts it: a list's items a line each, a picture its line. */
    function segments(element) {
        if (element.tagName === 'FIGURE') {
            var line = element.querySelector('.cd-picture-line');
            return line ? [line] : [];
        }
        if (element.tagName === 'OL' || element.tagName === 'UL') {
            return Array.prototype.slice.call(element.querySelectorAll('li'));
        }
        return [element];
    }

    function modelText(element) {
        return segments(element).map(function (s) {
            return s.textContent;
        }).join('\n');
    }

    /** A DOM range over [start, end) of the element's model text. */
    function rangeOf(element, start, end) {
        var range = document.createRange();
        var at = 0;
        var started = false;
        var parts = segments(element);
        for (var p = 0; p < parts.length; p++) {
            var walker = document.createTreeWalker(parts[p], NodeFilter.SHOW_TEXT);
            for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.parentNode && node.parentNode.closest && node.parentNode.closest('.ql-ui')) {
                    continue;
                }
                var len = node.textContent.length;
                if (!started && start <= at + len) {
                    range.setStart(node, start - at);
                    started = true;
                }
                if (started && end <= at + len) {
                    range.setEnd(node, end - at);
                    return range;
                }
                at += len;
            }
            at += 1; // the line break between list items
        }
        return null;
    }

    function paintMarks(quill, marks) {
        if (!window.CSS || !CSS.highlights || typeof Highlight === 'undefined') {
            return [];
        }
        var blocks = blockElements(quill);
        var texts = blocks.map(modelText);
        var painted = [];
        var sets = {};
        KINDS.forEach(function (k) {
            sets[k] = new Highlight();
        });
        marks.forEach(function (m) {
            var i = texts[m.index] === m.text ? m.index : texts.indexOf(m.text);
            if (i < 0 || !sets[m.kind]) {
                return;
            }
            var range = rangeOf(blocks[i], m.start, m.end);
            if (range) {
                sets[m.kind].add(range);
                painted.push({range: range, title: m.title, kind: m.kind});
            }
        });
        KINDS.forEach(function (k) {
            CSS.highlights.set('cd-' + k, sets[k]);
        });
        return painted;
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
        var marks = surfaceMarks();
        var painted = paintMarks(quill, marks);
        var repaint = null;
        var note = document.getElementById('surface-note');
        var explain = function () {
            if (!note) {
                return;
            }
            var selection = window.getSelection();
            var here = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
            var titles = [];
            if (here && quill.root.contains(here.startContainer)) {
                painted.forEach(function (p) {
                    if (p.range.comparePoint(here.startContainer, here.startOffset) === 0 && titles.indexOf(p.title) < 0) {
                        titles.push(p.title);
                    }
                });
            }
            note.textContent = titles.join(' ');
            note.hidden = titles.length === 0;
        };
        quill.on('text-change', function () {
            clearTimeout(repaint);
            repaint = setTimeout(function () {
                painted = paintMarks(quill, marks);
                explain();
            }, 250);
        });
        quill.on('selection-change', explain);
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
        toolbar.find('.cd-picture-button').on('mousedown', function (event) {
            event.preventDefault();
        }).on('click', function (event) {
            event.preventDefault();
            var range = quill.getSelection(true);
            var index = range ? range.index : quill.getLength() - 1;
            var line = quill.getLine(index)[0];
            if (line && quill.getFormat(index, 0).caption) {
                // on a caption line: the picture is made from it, caption and credit filled in
                var start = quill.getIndex(line);
                var parts = splitCaption(quill.getText(start, line.length() - 1));
                parts.length = line.length();
                openBox(quill, start, null, parts);
            } else {
                openBox(quill, index, null);
            }
        });
        // a click on a picture on the surface opens the box to change it
        quill.root.addEventListener('click', function (event) {
            var figure = event.target.closest && event.target.closest('figure.cd-picture');
            if (figure && quill.isEnabled()) {
                openBox(quill, 0, figure);
            }
        });
        // a picture dropped or pasted on the surface is uploaded through the box (never kept as data in the text)
        var uploader = quill.getModule('uploader');
        if (uploader) {
            uploader.options.mimetypes = ['image/jpeg', 'image/png', 'image/webp'];
            uploader.options.handler = function (range, files) {
                openBox(quill, range ? range.index : quill.getLength(), null);
                if (window.PF && PF('pictureUpload')) {
                    PF('pictureUpload').jq.fileupload('add', {files: Array.prototype.slice.call(files, 0, 1)});
                }
            };
        }
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

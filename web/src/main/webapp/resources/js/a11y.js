/*
 * Two attributes PrimeFaces 15 writes that ARIA does not allow, taken off after every render (the axe-core check
 * in the browser tests finds them otherwise):
 * - aria-hidden="true" on the file input of a simple-mode p:fileUpload, though that input is the visible, labelled
 *   control (the skinned mode hides it; the simple one does not);
 * - aria-required on a p:selectManyCheckbox's container, a plain div where aria-required means nothing (the
 *   requirement is checked on the server and said next to the field).
 */
(function () {
    'use strict';

    function repair() {
        document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            if (input.offsetParent !== null) {
                input.removeAttribute('aria-hidden');
            }
        });
        document.querySelectorAll('.ui-selectmanycheckbox[aria-required]').forEach(function (group) {
            group.removeAttribute('aria-required');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', repair);
    } else {
        repair();
    }
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', repair);
    }
}());

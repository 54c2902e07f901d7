/*
 * Live updates (docs/collaboration.md). The Faces websocket calls these with the pushed message:
 * cdLive.notified on the user's "notify" channel (the bell, the dashboard's queues), cdLive.story on the
 * story page's "story" channel (someone else saved or moved the story, or wrote a note).
 */
window.cdLive = (function () {
    function me() {
        var el = document.getElementById('cd-live');
        return el ? el.getAttribute('data-user') : null;
    }

    var toastTimer = null;

    function toast(text) {
        var el = document.getElementById('cd-toast');
        if (!el || !text) {
            return;
        }
        el.textContent = text;
        el.hidden = false;
        if (toastTimer) {
            clearTimeout(toastTimer);
        }
        toastTimer = setTimeout(function () {
            el.hidden = true;
        }, 8000);
    }

    function notified(message) {
        var count = document.getElementById('bell-count');
        if (count && message && message.unread !== undefined) {
            count.textContent = String(message.unread);
            count.classList.toggle('cd-zero', Number(message.unread) === 0);
        }
        toast(message && message.text);
        if (typeof window.cdRefreshQueues === 'function') {
            window.cdRefreshQueues();
        }
        if (typeof window.cdRefreshInbox === 'function') {
            window.cdRefreshInbox();
        }
    }

    function story(message) {
        if (!message || message.by === me()) {
            return;
        }
        if (message.type === 'note') {
            if (typeof window.cdRefreshNotes === 'function') {
                window.cdRefreshNotes();
            }
            return;
        }
        if (message.type !== 'saved' && message.type !== 'moved') {
            return;
        }
        var notice = document.getElementById('live-notice');
        var text = document.getElementById('live-notice-text');
        if (!notice || !text) {
            return;
        }
        text.textContent = message.type === 'saved'
            ? message.by + ' saved this story.'
            : message.by + ' moved this story to ' + message.state + '.';
        notice.hidden = false;
    }

    /* Marks which channels are connected (data-live-notify="open"), for the curious and for the tests. */
    function opened(channel) {
        var el = document.getElementById('cd-live');
        if (el) {
            el.setAttribute('data-live-' + channel, 'open');
        }
    }

    function closed(code, channel) {
        var el = document.getElementById('cd-live');
        if (el) {
            el.setAttribute('data-live-' + channel, 'closed');
        }
    }

    return {notified: notified, story: story, opened: opened, closed: closed};
})();

// The audit page's Print button: no inline handler (CSP), a listener on the button instead.
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('print-audit');
    if (button) {
        button.addEventListener('click', function () {
            window.print();
        });
    }
});

"""The Qt shell: window, home, attract loop, idle reset, staff gate, exhibit host, monkey."""

"""HQ mode: import packets from the posts, the posts overview, and writing acknowledgements."""

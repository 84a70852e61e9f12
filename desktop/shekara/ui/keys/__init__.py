"""Packet keys: a post's own fingerprint and enrollment file, HQ's keys trusted after the paper
check; at HQ, its keys file and the posts' enrollment and revocation."""

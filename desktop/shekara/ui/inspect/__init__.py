"""Inspect a packet file…: what any packet file says about itself, nothing imported."""

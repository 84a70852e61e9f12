"""unlock"""

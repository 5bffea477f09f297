"""Many respondents at once: inputs read, teams scored from packed answers, the panorama (with its privacy
rule).
"""

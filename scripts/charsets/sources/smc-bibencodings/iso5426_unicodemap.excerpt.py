# -*- coding: utf-8 -*-
#=============================================================================
# Copyright   : (c)2010-2012 semantics GmbH
# Rep./File   : $URL$
# Date        : $Date$
# Author      : Christian Heimes
# License     : BSD LICENSE
# Worker      : $Author$
# Revision    : $Rev$
# Purpose     : ISO-5426 encoding
#=============================================================================
#
# EXCERPT (sharegraph): the lines below are copied unchanged, in their original
# order, from the `unicodemap = { ... }` table of smc/bibencodings/iso5426.py in
# https://github.com/SemanticsOS/smc.bibencodings (commit
# 8caa2965e3698f6c9f2048464dd037a830236c06; the file is identical at 7509357d).
# Kept: every entry whose ISO 5426 side is one byte >= 0x80 (plus the 0x24/0xA4
# dollar entry). Left out: the codec functions and the entries for precomposed
# letters (diacritic byte(s) + ASCII letter), which the sharegraph decoder
# obtains instead by reordering the diacritic after its base letter and applying
# Unicode NFC. The header above is the original one (BSD licence, see
# ../README.md).

unicodemap = {
    '\u0024': b'\xa4', # DOLLAR SIGN
    '\u0088': b'\x88', # <control>
    '\u0089': b'\x89', # <control>
    '\u00a1': b'\xa1', # INVERTED EXCLAMATION MARK
    '\u00a3': b'\xa3', # POUND SIGN
    '\u00a5': b'\xa5', # YEN SIGN
    '\u00a7': b'\xa7', # SECTION SIGN
    '\u00a9': b'\xad', # COPYRIGHT SIGN
    '\u00ab': b'\xab', # LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
    '\u00ae': b'\xaf', # REGISTERED SIGN
    '\u00b7': b'\xb7', # MIDDLE DOT
    '\u00bb': b'\xbb', # RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
    '\u00bf': b'\xbf', # INVERTED QUESTION MARK
    '\u00c6': b'\xe1', # LATIN CAPITAL LETTER AE
    '\u00d8': b'\xe9', # LATIN CAPITAL LETTER O WITH STROKE
    '\u00de': b'\xec', # LATIN CAPITAL LETTER THORN
    '\u00df': b'\xfb', # LATIN SMALL LETTER SHARP S
    '\u00e6': b'\xf1', # LATIN SMALL LETTER AE
    '\u00f0': b'\xf3', # LATIN SMALL LETTER ETH
    '\u00f8': b'\xf9', # LATIN SMALL LETTER O WITH STROKE
    '\u00fe': b'\xfc', # LATIN SMALL LETTER THORN
    '\u0110': b'\xe2', # LATIN CAPITAL LETTER D WITH STROKE
    '\u0111': b'\xf2', # LATIN SMALL LETTER D WITH STROKE
    '\u0131': b'\xf5', # LATIN SMALL LETTER DOTLESS I
    '\u0132': b'\xe6', # LATIN CAPITAL LIGATURE IJ
    '\u0133': b'\xf6', # LATIN SMALL LIGATURE IJ
    '\u0141': b'\xe8', # LATIN CAPITAL LETTER L WITH STROKE
    '\u0142': b'\xf8', # LATIN SMALL LETTER L WITH STROKE
    '\u0152': b'\xea', # LATIN CAPITAL LIGATURE OE
    '\u0153': b'\xfa', # LATIN SMALL LIGATURE OE
    '\u02b9': b'\xbd', # MODIFIER LETTER PRIME
    '\u02ba': b'\xbe', # MODIFIER LETTER DOUBLE PRIME
    '\u02bb': b'\xb0', # MODIFIER LETTER TURNED COMMA
    '\u02bc': b'\xb1', # MODIFIER LETTER APOSTROPHE
    '\u0300': b'\xc1', # COMBINING GRAVE ACCENT
    '\u0301': b'\xc2', # COMBINING ACUTE ACCENT
    '\u0302': b'\xc3', # COMBINING CIRCUMFLEX ACCENT
    '\u0303': b'\xc4', # COMBINING TILDE
    '\u0304': b'\xc5', # COMBINING MACRON
    '\u0306': b'\xc6', # COMBINING BREVE
    '\u0307': b'\xc7', # COMBINING DOT ABOVE
    '\u0308': b'\xc8', # COMBINING DIAERESIS
    '\u0309': b'\xc0', # COMBINING HOOK ABOVE
    '\u030a': b'\xca', # COMBINING RING ABOVE
    '\u030b': b'\xcd', # COMBINING DOUBLE ACUTE ACCENT
    '\u030c': b'\xcf', # COMBINING CARON
    '\u0312': b'\xcc', # COMBINING TURNED COMMA ABOVE
    '\u0315': b'\xcb', # COMBINING COMMA ABOVE RIGHT
    '\u031b': b'\xce', # COMBINING HORN
    '\u031c': b'\xd1', # COMBINING LEFT HALF RING BELOW
    '\u0323': b'\xd6', # COMBINING DOT BELOW
    '\u0324': b'\xd7', # COMBINING DIAERESIS BELOW
    '\u0325': b'\xd4', # COMBINING RING BELOW
    '\u0326': b'\xd2', # COMBINING COMMA BELOW
    '\u0327': b'\xd0', # COMBINING CEDILLA
    '\u0328': b'\xd3', # COMBINING OGONEK
    '\u0329': b'\xda', # COMBINING VERTICAL LINE BELOW
    '\u032d': b'\xdb', # COMBINING CIRCUMFLEX ACCENT BELOW
    '\u032e': b'\xd5', # COMBINING BREVE BELOW
    '\u0332': b'\xd8', # COMBINING LOW LINE
    '\u0333': b'\xd9', # COMBINING DOUBLE LOW LINE
    '\u0340': b'\xc1', # COMBINING GRAVE TONE MARK
    '\u0341': b'\xc2', # COMBINING ACUTE TONE MARK
    '\u0374': b'\xbd', # GREEK NUMERAL SIGN
    '\u0387': b'\xb7', # GREEK ANO TELEIA
    '\u2018': b'\xa9', # LEFT SINGLE QUOTATION MARK
    '\u2019': b'\xb9', # RIGHT SINGLE QUOTATION MARK
    '\u201a': b'\xb2', # SINGLE LOW-9 QUOTATION MARK
    '\u201c': b'\xaa', # LEFT DOUBLE QUOTATION MARK
    '\u201d': b'\xba', # RIGHT DOUBLE QUOTATION MARK
    '\u201e': b'\xa2', # DOUBLE LOW-9 QUOTATION MARK
    '\u2020': b'\xa6', # DAGGER
    '\u2021': b'\xb6', # DOUBLE DAGGER
    '\u2032': b'\xa8', # PRIME
    '\u2033': b'\xb8', # DOUBLE PRIME
    '\u2117': b'\xae', # SOUND RECORDING COPYRIGHT
    '\u266d': b'\xac', # MUSIC FLAT SIGN
    '\u266f': b'\xbc', # MUSIC SHARP SIGN
    '\ufe20': b'\xdd', # COMBINING LIGATURE LEFT HALF
    '\ufe21': b'\xde', # COMBINING LIGATURE RIGHT HALF
    '\ufe23': b'\xdf', # COMBINING DOUBLE TILDE RIGHT HALF
}

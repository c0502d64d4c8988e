"""Adapter: the only package that imports Pelican: signals, reader, generator, runner, command line.

Takes Pelican's objects and settings and turns them into plain frozen inputs once (``Settings``,
``Site``, ``PageSource``); calls the stages and gives Pelican's pages what they return.
``register`` connects the receivers; ``run`` runs a build into a folder beside ``output``;
``command`` is ``python -m public_results``; ``preview`` is ``make devserver``.
"""

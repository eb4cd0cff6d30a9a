from ocgboard.cli import main

raise SystemExit(main())

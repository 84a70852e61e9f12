from shekara.cli import main

raise SystemExit(main())

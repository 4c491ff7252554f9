# What the check scripts share (sourced): their Python tools and the specforge they run.

# python_venv DIR PACKAGE...: a virtual environment in DIR/venv holding the PACKAGEs, made once
# and made again when the packages asked for change (they are kept in DIR/venv/.packages).
python_venv() {
    local dir="$1"
    shift
    if [ ! -x "$dir/venv/bin/python" ] || [ "$(cat "$dir/venv/.packages" 2>/dev/null)" != "$*" ]; then
        echo "== installing $*"
        mkdir -p "$dir"
        python3 -m venv "$dir/venv"
        "$dir/venv/bin/pip" install -q "$@"
        printf '%s' "$*" >"$dir/venv/.packages"
    fi
}

# build_specforge [CONFIG]: builds specforge (debug by default) and sets $specforge to its path.
build_specforge() {
    local config="${1:-debug}"
    echo "== building specforge ($config)"
    swift build -c "$config" --product specforge >/dev/null
    specforge="$(swift build -c "$config" --show-bin-path)/specforge"
}

# The public documents the checks run on when given none.
realworld_specs=(../shared/realworld/*.yaml ../shared/realworld/*.yml ../shared/realworld/*.json)

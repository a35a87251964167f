package main

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct {
		args     []string
		want     options
		wantCode int
		wantErr  bool
	}{
		{args: []string{"x.js", "a", "-e"}, want: options{script: "x.js", args: []string{"a", "-e"}}},
		{args: []string{"-e", "1+1", "extra"}, want: options{eval: "1+1", hasEval: true, args: []string{"extra"}, execArgv: []string{"-e", "1+1"}}},
		{args: []string{"-p", "2"}, want: options{eval: "2", hasEval: true, print: true, args: []string{}, execArgv: []string{"-p", "2"}}},
		{args: []string{"-r", "m1", "--require=m2", "s.js"}, want: options{requires: []string{"m1", "m2"}, script: "s.js", args: []string{}, execArgv: []string{"-r", "m1", "--require=m2"}}},
		{args: []string{"--no-warnings", "s.js"}, want: options{script: "s.js", args: []string{}, execArgv: []string{"--no-warnings"}}},
		{args: []string{"--", "-weird.js"}, want: options{script: "-weird.js", args: []string{}}},
		{args: []string{"--bogus"}, wantCode: 9, wantErr: true},
		{args: []string{"-e"}, wantCode: 9, wantErr: true},
	}
	for _, c := range cases {
		got, code, err := parse(c.args)
		if (err != nil) != c.wantErr || code != c.wantCode {
			t.Errorf("parse(%q): code %d err %v; want code %d err %v", c.args, code, err, c.wantCode, c.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if !reflect.DeepEqual(*got, c.want) {
			t.Errorf("parse(%q) = %+v; want %+v", c.args, *got, c.want)
		}
	}
}

package tls

import (
	"encoding/json"
	"os/exec"
	"reflect"
	"strings"
	"testing"
)

func TestRootCertificates(t *testing.T) {
	pems := RootCertificates()
	if len(pems) != 144 || len(NodeRoots()) != len(pems) {
		t.Fatalf("%d PEMs, %d parsed", len(pems), len(NodeRoots()))
	}
	for _, p := range pems {
		if !strings.HasPrefix(p, "-----BEGIN CERTIFICATE-----\n") || !strings.HasSuffix(p, "\n-----END CERTIFICATE-----") {
			t.Fatalf("odd PEM %.60q", p)
		}
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	out, err := exec.Command(node, "-e", "process.stdout.write(JSON.stringify(require('tls').rootCertificates))").Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(pems, want) {
		t.Error("rootcerts.json differs from this node's tls.rootCertificates")
	}
}
